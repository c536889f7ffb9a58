package org.quietline.screening.rate;

import java.time.Duration;
import java.time.Instant;

/**
 * Counts events per key in sliding windows, for frequency caps. A port: the in-memory counter ships with
 * core; a shared one (Redis, a database) can replace it when several screeners must count together.
 * Implementations are thread-safe and answer without blocking I/O on the screening path.
 */
public interface RateCounter {

    /** Records one event for {@code key} at {@code at}. */
    void record(RateKey key, Instant at);

    /**
     * How many events for {@code key} lie in the window of length {@code window} that ends at {@code at}
     * (after {@code at - window}, not after {@code at}), counted up to {@code atMost}: a larger count
     * is answered as {@code atMost}.
     *
     * @throws IllegalArgumentException when {@code atMost} exceeds {@link #maxCount()}
     */
    int count(RateKey key, Instant at, Duration window, int atMost);

    /** The largest count this counter can tell exactly; caps above it cannot be enforced. */
    int maxCount();
}
