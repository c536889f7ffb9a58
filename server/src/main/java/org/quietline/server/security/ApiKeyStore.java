package org.quietline.server.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where API keys are kept: their holders, roles and digests, never the secrets. Implementations are
 * thread-safe. {@link InMemoryApiKeyStore} for tests, {@link JdbcApiKeyStore} for the platform; both pass
 * {@code ApiKeyStoreContract}.
 */
public interface ApiKeyStore {

    /**
     * Adds a key.
     *
     * @throws IllegalArgumentException when a key with the same id exists
     */
    void add(ApiKey key, KeyDigest digest);

    /** The key whose secret has {@code digest}, active or revoked; empty when none has. */
    Optional<ApiKey> find(KeyDigest digest);

    /** The key with {@code id}, active or revoked. */
    Optional<ApiKey> byId(String id);

    /** Every key, oldest first. */
    List<ApiKey> all();

    /** Revokes the key with {@code id} at {@code at}; false when there is none or it was already revoked. */
    boolean revoke(String id, Instant at);
}
