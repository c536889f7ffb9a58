package org.quietline.consent;

import java.util.Objects;
import java.util.Optional;

/**
 * The identity of a merchant (the legal entity behind senders) in the consent ledger: a registry key or,
 * until a registry knows the merchant, the brand of its 【signature】. Merchants are public actors, so the
 * identity may appear in logs and evidence.
 *
 * @param value 1–64 characters, stripped, no control characters
 */
public record MerchantId(String value) implements Comparable<MerchantId> {

    private static final int MAX = 64;

    /** Strips and validates. */
    public MerchantId {
        Objects.requireNonNull(value, "value");
        value = value.strip();
        if (value.isEmpty() || value.length() > MAX) {
            throw new IllegalArgumentException("a merchant id has 1 to " + MAX + " characters, had " + value.length());
        }
        // a loop, not a stream: the consent check makes an id from the signature of every message
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                throw new IllegalArgumentException("a merchant id has no control characters");
            }
        }
    }

    /** The merchant id {@code value} makes, or empty when it is not a valid one (blank, too long, control characters). */
    public static Optional<MerchantId> tryOf(String value) {
        try {
            return Optional.of(new MerchantId(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public int compareTo(MerchantId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
