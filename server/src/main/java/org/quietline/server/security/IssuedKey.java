package org.quietline.server.security;

import java.util.Objects;

/**
 * A key just issued: its record and its secret. The secret is shown to the caller once and never
 * stored, so {@link #toString()} leaves it out.
 *
 * @param key    the stored record
 * @param secret what the holder sends as {@code Authorization: Bearer <secret>}
 */
public record IssuedKey(ApiKey key, String secret) {

    /** Rejects nulls. */
    public IssuedKey {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(secret, "secret");
    }

    @Override
    public String toString() {
        return "IssuedKey[" + key + "]";
    }
}
