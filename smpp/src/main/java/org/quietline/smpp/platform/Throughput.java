package org.quietline.smpp.platform;

import java.util.function.LongSupplier;

/**
 * A token bucket: {@code perSecond} submits a second with bursts of up to a tenth of a second's worth
 * (at least one). Time comes from an injected nanosecond ticker so tests never sleep. Thread-safe.
 */
public final class Throughput {

    private static final long NANOS = 1_000_000_000L;

    private final long perSecond;
    private final double capacity;
    private final LongSupplier ticker;
    private double tokens;
    private long last;

    /** A bucket that starts full. */
    public Throughput(long perSecond, LongSupplier nanoTicker) {
        if (perSecond < 1) {
            throw new IllegalArgumentException("a throughput limit is positive, was " + perSecond);
        }
        this.perSecond = perSecond;
        this.capacity = Math.max(1.0, perSecond / 10.0);
        this.ticker = nanoTicker;
        this.tokens = capacity;
        this.last = nanoTicker.getAsLong();
    }

    /** Takes one token if there is one. */
    public synchronized boolean tryTake() {
        long now = ticker.getAsLong();
        tokens = Math.min(capacity, tokens + (now - last) * (double) perSecond / NANOS);
        last = now;
        if (tokens >= 1.0) {
            tokens -= 1.0;
            return true;
        }
        return false;
    }
}
