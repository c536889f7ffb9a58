package org.quietline.server.audit;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The audit log of screenings: every verdict that was answered, kept for operators, complaints and
 * regulators. Append-only through this port. Implementations are thread-safe;
 * {@link InMemoryScreeningAudit} and {@link JdbcScreeningAudit} both pass {@code ScreeningAuditContract}.
 */
public interface ScreeningAudit {

    /**
     * Appends {@code screening}.
     *
     * @throws IllegalArgumentException when one with the same id is recorded already
     */
    void record(AuditedScreening screening);

    /**
     * Appends every screening of {@code screenings}, all or none where the store has transactions: for writers that
     * gather many (the SMPP firewall's). By default one {@link #record} after another.
     *
     * @throws IllegalArgumentException when one of them is recorded already
     */
    default void recordAll(List<AuditedScreening> screenings) {
        screenings.forEach(this::record);
    }

    /** The screening with {@code id}. */
    Optional<AuditedScreening> find(UUID id);

    /** The latest screenings for one recipient, newest first, at most {@code limit}. */
    List<AuditedScreening> forRecipient(RecipientKey recipient, int limit);

    /** The latest screenings, newest first, at most {@code limit}. */
    List<AuditedScreening> latest(int limit);
}
