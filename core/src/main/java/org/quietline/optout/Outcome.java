package org.quietline.optout;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.quietline.consent.LedgerEntry;
import org.quietline.consent.Party;
import org.quietline.screening.Sms;

/**
 * What the opt-out desk did with one reply.
 *
 * @param reading      what the reply was read as, and by which rule
 * @param resolution   whom it referred to; empty for replies that change nothing (none, help)
 * @param recorded     the ledger entries it produced, durable before this outcome was returned
 * @param effectiveAt  when its refusal or re-subscription took effect: when it was committed, or when the same
 *                     refusal took effect earlier; empty when nothing is in effect because of it
 * @param confirmation the one message sent back to the subscriber (free, through screening as a service message)
 * @param duplicate    whether this reply was a replay of one already handled (then nothing was done again)
 */
public record Outcome(Reading reading, Optional<Resolution> resolution, List<LedgerEntry> recorded,
                      Optional<Instant> effectiveAt, Optional<Sms> confirmation, boolean duplicate) {

    /** Copies the list; rejects nulls. */
    public Outcome {
        Objects.requireNonNull(reading, "reading");
        Objects.requireNonNull(resolution, "resolution");
        recorded = List.copyOf(recorded);
        Objects.requireNonNull(effectiveAt, "effectiveAt");
        Objects.requireNonNull(confirmation, "confirmation");
    }

    /** Whom the reply referred to; empty when it referred to no one. */
    public List<Party> scope() {
        return resolution.map(Resolution::parties).orElse(List.of());
    }

    /** One line for a receipt and for logs: no text, no whole number. */
    String summary() {
        return reading.intent() + " " + reading.rule() + " -> "
                + scope().stream().map(Party::describe).toList() + (recorded.isEmpty() ? " (no change)" : "")
                + effectiveAt.map(t -> " effective " + t).orElse("");
    }
}
