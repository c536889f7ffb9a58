package org.quietline.server.security;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** API keys in memory, for tests and tools. Thread-safe (every method is synchronized; keys are few). */
public final class InMemoryApiKeyStore implements ApiKeyStore {

    private record Entry(ApiKey key, KeyDigest digest) {
    }

    private final Map<String, Entry> byId = new LinkedHashMap<>();

    @Override
    public synchronized void add(ApiKey key, KeyDigest digest) {
        if (byId.containsKey(key.id())) {
            throw new IllegalArgumentException("an API key with id " + key.id() + " exists");
        }
        byId.put(key.id(), new Entry(key, digest));
    }

    @Override
    public synchronized Optional<ApiKey> find(KeyDigest digest) {
        return byId.values().stream().filter(e -> e.digest().matches(digest)).map(Entry::key).findFirst();
    }

    @Override
    public synchronized Optional<ApiKey> byId(String id) {
        return Optional.ofNullable(byId.get(id)).map(Entry::key);
    }

    @Override
    public synchronized List<ApiKey> all() {
        List<ApiKey> keys = new ArrayList<>();
        byId.values().forEach(e -> keys.add(e.key()));
        keys.sort(Comparator.comparing(ApiKey::createdAt));
        return List.copyOf(keys);
    }

    @Override
    public synchronized boolean revoke(String id, Instant at) {
        Entry e = byId.get(id);
        if (e == null || !e.key().active()) {
            return false;
        }
        byId.put(id, new Entry(e.key().revoked(at), e.digest()));
        return true;
    }
}
