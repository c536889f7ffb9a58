package org.quietline.screening.rate;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A {@link RateCounter} in memory with bounded size: per key, the times of its most recent events
 * (at most {@code maxCount}, in a ring that grows from 4 as needed), and at most {@code maxKeys} keys.
 * When the keys overflow, keys whose newest event is older than {@code horizon} (the longest window in
 * use) are dropped first, then arbitrary ones, so memory stays bounded under any traffic; a dropped key
 * counts from zero again. Thread-safe: a concurrent map of keys, each key's ring guarded by its own lock.
 */
public final class InMemoryRateCounter implements RateCounter {

    private final int maxKeys;
    private final int maxCount;
    private final long horizonMillis;
    private final Map<RateKey, Ring> rings = new ConcurrentHashMap<>();
    private final ReentrantLock sweeping = new ReentrantLock();

    /**
     * @param maxKeys  the most keys kept
     * @param maxCount the most events kept per key (the largest cap it can enforce)
     * @param horizon  the longest window any cap uses; older events are never needed
     */
    public InMemoryRateCounter(int maxKeys, int maxCount, Duration horizon) {
        if (maxKeys < 1 || maxCount < 1 || horizon.isNegative() || horizon.isZero()) {
            throw new IllegalArgumentException("a counter keeps at least one key and one event, over a positive horizon");
        }
        this.maxKeys = maxKeys;
        this.maxCount = maxCount;
        this.horizonMillis = horizon.toMillis();
    }

    /** A counter for up to a million keys, 1,000 events each, over seven days. */
    public static InMemoryRateCounter standard() {
        return new InMemoryRateCounter(1_000_000, 1_000, Duration.ofDays(7));
    }

    @Override
    public void record(RateKey key, Instant at) {
        Ring ring = rings.get(key);
        if (ring == null) {
            if (rings.size() >= maxKeys) {
                sweep(at.toEpochMilli());
            }
            ring = rings.computeIfAbsent(key, k -> new Ring());
        }
        ring.add(at.toEpochMilli(), maxCount);
    }

    @Override
    public int count(RateKey key, Instant at, Duration window, int atMost) {
        if (atMost > maxCount) {
            throw new IllegalArgumentException("this counter tells counts up to " + maxCount + ", not " + atMost);
        }
        Ring ring = rings.get(key);
        return ring == null ? 0 : ring.count(at.toEpochMilli() - window.toMillis(), at.toEpochMilli(), atMost);
    }

    @Override
    public int maxCount() {
        return maxCount;
    }

    /** How many keys are held now. */
    public int size() {
        return rings.size();
    }

    /** Drops stale keys, then any keys, until at most 90% of {@code maxKeys} remain; one sweeper at a time. */
    private void sweep(long now) {
        if (!sweeping.tryLock()) {
            return;
        }
        try {
            long stale = now - horizonMillis;
            rings.values().removeIf(r -> r.newest() <= stale);
            int target = Math.max(0, maxKeys - Math.max(1, maxKeys / 10));
            Iterator<RateKey> it = rings.keySet().iterator();
            while (rings.size() > target && it.hasNext()) {
                it.next();
                it.remove();
            }
        } finally {
            sweeping.unlock();
        }
    }

    /** The newest events of one key, oldest overwritten first. */
    private static final class Ring {
        private long[] times = new long[4];
        private int next;
        private int size;

        synchronized void add(long time, int capacity) {
            if (size == times.length && times.length < capacity) {
                long[] grown = new long[Math.min(capacity, times.length * 2)];
                for (int i = 0; i < size; i++) {
                    grown[i] = times[(next + i) % size];
                }
                times = grown;
                next = size;
            }
            times[next] = time;
            next = (next + 1) % times.length;
            size = Math.min(size + 1, times.length);
        }

        /** Newest first, so that a full ring of a busy key stops after {@code atMost} recent events. */
        synchronized int count(long after, long until, int atMost) {
            int n = 0;
            for (int i = 1; i <= size && n < atMost; i++) {
                long t = times[(next - i + times.length) % times.length];
                if (t > after && t <= until) {
                    n++;
                }
            }
            return n;
        }

        synchronized long newest() {
            return size == 0 ? Long.MIN_VALUE : times[(next - 1 + times.length) % times.length];
        }
    }
}
