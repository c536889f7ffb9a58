package org.quietline.server.audit;

import java.util.Objects;

/**
 * A recipient's number as a keyed hash (HMAC-SHA256, hex), made by {@link Pseudonyms}: the same number
 * always gives the same key within one installation, so records about one subscriber can be joined,
 * but the number cannot be read back without the installation's key.
 *
 * @param hex 64 lower-case hex digits
 */
public record RecipientKey(String hex) {

    /** Validates the form. */
    public RecipientKey {
        Objects.requireNonNull(hex, "hex");
        if (!hex.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("a recipient key is 64 lower-case hex digits");
        }
    }

    /** A prefix only: enough to tell keys apart in a log, too little to test guesses against. */
    @Override
    public String toString() {
        return "RecipientKey[" + hex.substring(0, 8) + "…]";
    }
}
