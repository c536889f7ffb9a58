package org.quietline.screening.rate;

import java.util.Objects;

/**
 * What a frequency counter counts: marketing to one recipient, marketing from one merchant (or sender)
 * to one recipient, or messages from one sending number. The value holds whole numbers and is never
 * shown: {@link #toString()} gives only the kind and a hash.
 *
 * @param kind  what is counted
 * @param value the counted party, in a canonical form (E.164, merchant id)
 */
public record RateKey(Kind kind, String value) {

    /** What is counted. */
    public enum Kind {
        /** Marketing delivered to one recipient, from anyone. */
        RECIPIENT,
        /** Marketing delivered to one recipient from one merchant (or one sender when no merchant is known). */
        MERCHANT_TO_RECIPIENT,
        /** Messages submitted by one ordinary number. */
        SENDER
    }

    /** Rejects nulls. */
    public RateKey {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
    }

    /** Without the value, which may hold a whole number. */
    @Override
    public String toString() {
        return "RateKey[" + kind + ", #" + Integer.toHexString(value.hashCode()) + "]";
    }
}
