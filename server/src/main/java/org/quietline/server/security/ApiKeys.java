package org.quietline.server.security;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.quietline.server.database.SqlTime;

/**
 * Issues, checks and revokes API keys over an {@link ApiKeyStore}. A generated key is {@code ql_}
 * followed by 256 random bits in URL-safe Base64; only its digest is stored. Thread-safe.
 */
public final class ApiKeys {

    /** The name the bootstrap key is stored under. */
    public static final String BOOTSTRAP_NAME = "bootstrap";

    /** Shortest bootstrap key accepted: anything shorter is guessable, and the digest is unsalted. */
    public static final int MIN_BOOTSTRAP_LENGTH = 24;

    private static final String PREFIX = "ql_";

    private final ApiKeyStore store;
    private final InstantSource clock;
    private final SecureRandom random = new SecureRandom();

    /** Over {@code store}, stamping keys with {@code clock}. */
    public ApiKeys(ApiKeyStore store, InstantSource clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Issues a new key for {@code name} with {@code role}. */
    public IssuedKey issue(String name, Role role) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ApiKey key = new ApiKey(UUID.randomUUID().toString(), name, role, now(), Optional.empty());
        store.add(key, KeyDigest.of(secret));
        return new IssuedKey(key, secret);
    }

    /** The active key whose secret is {@code secret}; empty for unknown or revoked keys. */
    public Optional<ApiKey> authenticate(String secret) {
        return store.find(KeyDigest.of(secret)).filter(ApiKey::active);
    }

    /**
     * Makes {@code secret} the one valid bootstrap key, with the ADMIN role: adds it unless it is
     * stored already, and revokes earlier bootstrap keys, so that changing the setting rotates the key.
     *
     * @return the bootstrap key's record
     * @throws IllegalArgumentException when the secret is shorter than {@link #MIN_BOOTSTRAP_LENGTH}
     */
    public ApiKey installBootstrap(String secret) {
        if (secret.strip().length() < MIN_BOOTSTRAP_LENGTH) {
            throw new IllegalArgumentException("QUIETLINE_BOOTSTRAP_API_KEY must have at least "
                    + MIN_BOOTSTRAP_LENGTH + " characters (it has " + secret.strip().length()
                    + "); generate one with: openssl rand -base64 32");
        }
        KeyDigest digest = KeyDigest.of(secret.strip());
        ApiKey current = store.find(digest).filter(ApiKey::active).orElseGet(() -> {
            ApiKey key = new ApiKey(UUID.randomUUID().toString(), BOOTSTRAP_NAME, Role.ADMIN, now(), Optional.empty());
            store.add(key, digest);
            return key;
        });
        for (ApiKey old : store.all()) {
            if (old.name().equals(BOOTSTRAP_NAME) && old.active() && !old.id().equals(current.id())) {
                store.revoke(old.id(), now());
            }
        }
        return current;
    }

    /** Every key, oldest first. */
    public List<ApiKey> all() {
        return store.all();
    }

    /** Revokes the key with {@code id}; false when there is none or it was revoked already. */
    public boolean revoke(String id) {
        return store.revoke(id, now());
    }

    private Instant now() {
        return SqlTime.truncate(clock.instant());
    }
}
