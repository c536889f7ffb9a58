package org.quietline.smpp;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.jsmpp.bean.BindType;
import org.jsmpp.session.SMPPServerSession;
import org.quietline.smpp.platform.Platform;
import org.quietline.smpp.platform.Throughput;

/**
 * The bound ESME sessions, by jSMPP session id and by platform: submits find their platform here, and
 * receipts and replies find a session to go to. Thread-safe.
 */
final class EsmeSessions {

    private final Map<String, BoundEsme> bySession = new ConcurrentHashMap<>();
    private final Map<String, Throughput> limits = new ConcurrentHashMap<>();
    private final AtomicInteger turn = new AtomicInteger();
    private final LongSupplier ticker;

    EsmeSessions(LongSupplier ticker) {
        this.ticker = ticker;
    }

    BoundEsme add(Platform platform, SMPPServerSession session, BindType bindType) {
        Throughput limit = limits.computeIfAbsent(platform.systemId(),
                id -> new Throughput(platform.submitsPerSecond(), ticker));
        BoundEsme esme = new BoundEsme(platform, session, bindType, limit);
        bySession.put(session.getSessionId(), esme);
        return esme;
    }

    void remove(String sessionId) {
        bySession.remove(sessionId);
    }

    Optional<BoundEsme> of(SMPPServerSession session) {
        return Optional.ofNullable(bySession.get(session.getSessionId()));
    }

    /** A session of {@code systemId} that can take a deliver_sm, taking turns between several. */
    Optional<BoundEsme> receiverOf(String systemId) {
        List<BoundEsme> receivers = bySession.values().stream()
                .filter(e -> e.systemId().equals(systemId) && e.receives())
                .toList();
        if (receivers.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(receivers.get(Math.floorMod(turn.getAndIncrement(), receivers.size())));
    }

    int count() {
        return bySession.size();
    }

    List<BoundEsme> all() {
        return List.copyOf(bySession.values());
    }
}
