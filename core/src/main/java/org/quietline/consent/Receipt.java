package org.quietline.consent;

import java.time.Instant;
import java.util.Objects;

/**
 * The mark that one reply (MO) was handled, kept with the ledger entries it produced so that a replay of the
 * same MO by the SMSC neither refuses twice nor confirms twice.
 *
 * @param key     the MO's identity: the SMSC's id, or a digest of sender, port and text
 * @param at      when it was handled
 * @param outcome what it produced, in a line that quotes no text and no whole number
 */
public record Receipt(String key, Instant at, String outcome) {

    /** Rejects nulls and overlong fields. */
    public Receipt {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(outcome, "outcome");
        if (key.isEmpty() || key.length() > 128) {
            throw new IllegalArgumentException("a receipt key has 1 to 128 characters");
        }
        if (outcome.length() > 500) {
            outcome = outcome.substring(0, 500);
        }
    }
}
