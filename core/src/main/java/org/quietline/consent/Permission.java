package org.quietline.consent;

import java.util.Objects;

/**
 * What a subscriber's ledger says about one marketing message: consented, refused (one merchant or sender),
 * on the do-not-disturb registry, or no consent either way — with the ledger entry it rests on.
 *
 * @param status   the answer
 * @param seq      the ledger entry the answer rests on; 0 when none (no consent)
 * @param evidence for a verdict's reason: whom, since when, which entry; never a whole number
 */
public record Permission(Status status, long seq, String evidence) {

    /** The answers. */
    public enum Status {
        /** A MARKETING consent is in force. */
        CONSENTED,
        /** The subscriber refused marketing from this merchant or sender. */
        REFUSED,
        /** The subscriber refused marketing from everyone. */
        DO_NOT_DISTURB,
        /** Neither a consent nor a refusal. */
        NO_CONSENT
    }

    /** Rejects nulls. */
    public Permission {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(evidence, "evidence");
    }

    /** Whether marketing may go out under {@code rule}. */
    public boolean allows(MarketingRule rule) {
        return status == Status.CONSENTED || status == Status.NO_CONSENT && rule == MarketingRule.UNLESS_REFUSED;
    }
}
