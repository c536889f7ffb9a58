package org.quietline.server.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/** The audit log in memory, for tests and tools; it grows without bound. Thread-safe (synchronized). */
public final class InMemoryScreeningAudit implements ScreeningAudit {

    private static final Comparator<AuditedScreening> NEWEST_FIRST =
            Comparator.comparing(AuditedScreening::screenedAt).reversed();

    private final Map<UUID, AuditedScreening> byId = new LinkedHashMap<>();

    @Override
    public synchronized void record(AuditedScreening screening) {
        if (byId.containsKey(screening.id())) {
            throw new IllegalArgumentException("screening " + screening.id() + " is recorded already");
        }
        byId.put(screening.id(), screening);
    }

    @Override
    public synchronized Optional<AuditedScreening> find(UUID id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public List<AuditedScreening> forRecipient(RecipientKey recipient, int limit) {
        return newest(s -> s.recipientKey().equals(recipient), limit);
    }

    @Override
    public List<AuditedScreening> latest(int limit) {
        return newest(s -> true, limit);
    }

    private synchronized List<AuditedScreening> newest(Predicate<AuditedScreening> which, int limit) {
        List<AuditedScreening> found = new ArrayList<>();
        byId.values().stream().filter(which).forEach(found::add);
        found.sort(NEWEST_FIRST);
        return List.copyOf(found.subList(0, Math.min(limit, found.size())));
    }
}
