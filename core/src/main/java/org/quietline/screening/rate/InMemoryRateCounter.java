package org.quietline.screening.rate;

import java.time.Duration;
import java.time.Instant;
import org.quietline.table.AgedTable;

/**
 * A {@link RateCounter} in memory with bounded size and nothing for a collector to trace per key: per key,
 * the times of its most recent events (at most {@code maxCount}, in a ring that grows from 4 as needed), and at
 * most {@code maxKeys} keys, all in flat arrays ({@link AgedTable} for the keys, {@link Rings} for the times).
 *
 * <p><b>Forgetting.</b> When the keys are full, keys whose last recorded event is at or before
 * {@code horizon} (the longest window in use) before the event being recorded are dropped first, then the keys
 * whose last recorded event is oldest, until 90% of {@code maxKeys} remain; a dropped key counts from zero
 * again.
 *
 * <p><b>Keys.</b> A key's value is held as numbers, never as its text: an E.164 number ({@code +8613912345678}),
 * and the number after the last {@code |} of a value ({@code m:shop|+8613912345678}), exactly; what comes before
 * that {@code |} and any other value, as a 64-bit fingerprint (two values of one kind whose fingerprints collide
 * count together: odds about 2<sup>-64</sup> per pair of merchants of one recipient, 2<sup>-124</sup> for other
 * values).
 *
 * <p>Thread-safe: the keys are split by hash among up to 16 stripes, each guarded by its own lock; with fewer
 * than 8,192 keys in all there is one stripe, and otherwise each stripe holds at most its share of
 * {@code maxKeys} and forgets within itself.
 */
public final class InMemoryRateCounter implements RateCounter {

    private static final int AGE = 0;
    private static final int RING = 1;
    private static final int POSITION = 2;

    private final int maxCount;
    private final Stripe[] stripes;

    /**
     * @param maxKeys  the most keys kept (at most 2^24)
     * @param maxCount the most events kept per key (the largest cap it can enforce)
     * @param horizon  the longest window any cap uses; keys with no event since are dropped first
     */
    public InMemoryRateCounter(int maxKeys, int maxCount, Duration horizon) {
        if (maxKeys < 1 || maxKeys > 1 << 24 || maxCount < 1 || horizon.isNegative() || horizon.isZero()) {
            throw new IllegalArgumentException("a counter keeps 1 to 2^24 keys and at least one event, over a positive horizon");
        }
        this.maxCount = maxCount;
        int n = AgedTable.stripes(maxKeys);
        this.stripes = new Stripe[n];
        for (int i = 0; i < n; i++) {
            stripes[i] = new Stripe(maxKeys / n, maxCount, horizon.toMillis());
        }
    }

    /** A counter for up to a million keys, 1,000 events each, over seven days. */
    public static InMemoryRateCounter standard() {
        return new InMemoryRateCounter(1_000_000, 1_000, Duration.ofDays(7));
    }

    @Override
    public void record(RateKey key, Instant at) {
        String v = key.value();
        int bar = v.lastIndexOf('|');
        long number = e164(v, bar + 1);
        long a = first(key.kind(), v, number);
        long b = second(v, bar, number);
        stripe(a, b).record(a, b, at.toEpochMilli());
    }

    @Override
    public int count(RateKey key, Instant at, Duration window, int atMost) {
        if (atMost > maxCount) {
            throw new IllegalArgumentException("this counter tells counts up to " + maxCount + ", not " + atMost);
        }
        String v = key.value();
        int bar = v.lastIndexOf('|');
        long number = e164(v, bar + 1);
        long a = first(key.kind(), v, number);
        long b = second(v, bar, number);
        long until = at.toEpochMilli();
        return stripe(a, b).count(a, b, until - window.toMillis(), until, atMost);
    }

    @Override
    public int maxCount() {
        return maxCount;
    }

    /** How many keys are held now. */
    public int size() {
        int n = 0;
        for (Stripe s : stripes) {
            n += s.size();
        }
        return n;
    }

    private Stripe stripe(long a, long b) {
        return stripes[AgedTable.stripe(a, b, stripes.length)];
    }

    /** The key's kind and its {@code number} exactly (bit 63 clear), or its kind and a fingerprint (bit 63 set). */
    private static long first(RateKey.Kind kind, String v, long number) {
        long k = kind.ordinal() + 1L;
        return number >= 0 ? k << 52 | number : Long.MIN_VALUE | k << 56 | fingerprint(v, v.length(), 0x2545F4914F6CDD1DL) >>> 8;
    }

    /**
     * The fingerprint of what precedes the {@code number} (after the {@code |} at {@code bar}), or of the whole
     * value when it holds none; 0 for a bare number.
     */
    private static long second(String v, int bar, long number) {
        if (number < 0) {
            return fingerprint(v, v.length(), 0x9E3779B97F4A7C15L);
        }
        return bar < 0 ? 0 : fingerprint(v, bar, 0x9E3779B97F4A7C15L);
    }

    /** The digits of a {@code +} and 1–15 digits from {@code from} to the end, or -1. */
    private static long e164(String v, int from) {
        int n = v.length() - from - 1;
        if (n < 1 || n > 15 || v.charAt(from) != '+') {
            return -1;
        }
        long digits = 0;
        for (int i = from + 1; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            digits = digits * 10 + (c - '0');
        }
        return digits;
    }

    private static long fingerprint(String v, int end, long seed) {
        long h = seed ^ end;
        for (int i = 0; i < end; i++) {
            h = (h ^ v.charAt(i)) * 0x100000001B3L + seed;
        }
        return AgedTable.mix(h);
    }

    /** One lock's share of the keys: which keys, and for each its ring and where the ring writes next. */
    private static final class Stripe {
        private final AgedTable keys;
        private final Rings rings;

        Stripe(int maxKeys, int maxCount, long horizon) {
            this.rings = new Rings(maxCount);
            // fields: the time of the last record (the age), the ring, and (size << 32 | next write)
            this.keys = new AgedTable(maxKeys, horizon, 3, this::forget);
        }

        private void forget(int entry) {
            rings.free(keys.get(entry, RING));
        }

        synchronized int size() {
            return keys.size();
        }

        synchronized void record(long a, long b, long time) {
            int e = keys.find(a, b);
            if (e < 0) {
                e = keys.add(a, b, time);
                keys.set(e, RING, rings.allocate(0));
            }
            long ring = keys.get(e, RING);
            long position = keys.get(e, POSITION);
            int size = (int) (position >>> 32);
            int next = (int) position;
            int capacity = rings.capacity(ring);
            if (size == capacity && rings.canGrow(ring)) {
                long grown = rings.grow(ring, next);
                keys.set(e, RING, grown);
                ring = grown;
                next = size;
                capacity = rings.capacity(ring);
            }
            rings.set(ring, next, time);
            next = next + 1 == capacity ? 0 : next + 1;
            size = Math.min(size + 1, capacity);
            keys.set(e, POSITION, (long) size << 32 | next);
            keys.set(e, AGE, time);
        }

        /** Newest first, so that a full ring of a busy key stops after {@code atMost} recent events. */
        synchronized int count(long a, long b, long after, long until, int atMost) {
            int e = keys.find(a, b);
            if (e < 0) {
                return 0;
            }
            long ring = keys.get(e, RING);
            long position = keys.get(e, POSITION);
            int size = (int) (position >>> 32);
            int next = (int) position;
            int capacity = rings.capacity(ring);
            int n = 0;
            int at = next;
            for (int i = 1; i <= size && n < atMost; i++) {
                // backwards around the ring: a wrap, not a division per event (capacities need not be powers of two)
                at = at == 0 ? capacity - 1 : at - 1;
                long t = rings.get(ring, at);
                if (t > after && t <= until) {
                    n++;
                }
            }
            return n;
        }
    }
}
