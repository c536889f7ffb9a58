package org.quietline.screening.rate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The reference the flat {@link InMemoryRateCounter} is pinned to: a map from each key to the deque of its
 * newest events, forgetting stale keys and then the oldest ones exactly as the counter documents. Slow and
 * plain on purpose; one stripe (no more than 8,191 keys, or no forgetting).
 */
final class SimpleRateCounter implements RateCounter {

    private final int maxKeys;
    private final int maxCount;
    private final long horizon;
    private final Map<RateKey, Deque<Long>> events = new HashMap<>();

    SimpleRateCounter(int maxKeys, int maxCount, Duration horizon) {
        this.maxKeys = maxKeys;
        this.maxCount = maxCount;
        this.horizon = horizon.toMillis();
    }

    @Override
    public void record(RateKey key, Instant at) {
        long now = at.toEpochMilli();
        if (!events.containsKey(key) && events.size() >= maxKeys) {
            events.values().removeIf(d -> d.peekLast() <= now - horizon);
            int target = Math.max(0, maxKeys - Math.max(1, maxKeys / 10));
            List<RateKey> oldestFirst = events.keySet().stream()
                    .sorted(Comparator.comparingLong(k -> events.get(k).peekLast())).toList();
            Iterator<RateKey> it = oldestFirst.iterator();
            while (events.size() > target) {
                events.remove(it.next());
            }
        }
        Deque<Long> d = events.computeIfAbsent(key, k -> new ArrayDeque<>());
        d.addLast(now);
        if (d.size() > maxCount) {
            d.removeFirst();
        }
    }

    @Override
    public int count(RateKey key, Instant at, Duration window, int atMost) {
        long until = at.toEpochMilli();
        long after = until - window.toMillis();
        int n = 0;
        Iterator<Long> newestFirst = events.getOrDefault(key, new ArrayDeque<>()).descendingIterator();
        while (newestFirst.hasNext() && n < atMost) {
            long t = newestFirst.next();
            if (t > after && t <= until) {
                n++;
            }
        }
        return n;
    }

    @Override
    public int maxCount() {
        return maxCount;
    }

    int size() {
        return events.size();
    }
}
