package org.quietline.smpp.platform;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.quietline.number.Sender;

/** Platforms held in memory: tests, the demo, the bootstrap ESME. Thread-safe. */
public final class InMemoryPlatformRegistry implements PlatformRegistry {

    private final Map<String, Platform> bySystemId = new ConcurrentHashMap<>();

    /** Adds or replaces {@code platform}; returns this registry. */
    public InMemoryPlatformRegistry put(Platform platform) {
        bySystemId.put(platform.systemId(), platform);
        return this;
    }

    @Override
    public Optional<Platform> find(String systemId) {
        return Optional.ofNullable(bySystemId.get(systemId));
    }

    @Override
    public Optional<Platform> owning(Sender serviceAddress) {
        Platform best = null;
        int bestLength = -1;
        for (Platform p : bySystemId.values()) {
            for (SenderGrant g : p.grants()) {
                if (g.covers(serviceAddress) && g.sender().value().length() > bestLength) {
                    best = p;
                    bestLength = g.sender().value().length();
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
