package org.quietline.server.security;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An API key as the platform knows it: who holds it and what they may do. The secret itself is never
 * kept; only its {@link KeyDigest}.
 *
 * @param id        stable identifier, safe to show and log
 * @param name      what the key is for, given by whoever created it (a platform's name)
 * @param role      what its holder may do
 * @param createdAt when it was issued
 * @param revokedAt when it was revoked; empty while it is valid
 */
public record ApiKey(String id, String name, Role role, Instant createdAt, Optional<Instant> revokedAt) {

    /** Rejects nulls and blank names. */
    public ApiKey {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(revokedAt, "revokedAt");
        if (id.isBlank() || name.isBlank()) {
            throw new IllegalArgumentException("an API key has an id and a name");
        }
    }

    /** Whether the key may still be used. */
    public boolean active() {
        return revokedAt.isEmpty();
    }

    /** This key, revoked at {@code at}; unchanged when it was already revoked. */
    public ApiKey revoked(Instant at) {
        return active() ? new ApiKey(id, name, role, createdAt, Optional.of(at)) : this;
    }
}
