package org.quietline.screening.rate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What every {@link RateCounter} must do; implementations supply one that counts at least 100 per key. */
public interface RateCounterContract {

    /** A fresh, empty counter with {@code maxCount() >= 100}. */
    RateCounter counter();

    Instant T = Instant.parse("2026-11-11T00:00:00Z");
    RateKey KEY = new RateKey(RateKey.Kind.RECIPIENT, "+8613912345678");
    Duration DAY = Duration.ofDays(1);

    @Test
    default void anUnknownKeyCountsZero() {
        assertThat(counter().count(KEY, T, DAY, 10)).isZero();
    }

    @Test
    default void eventsInsideTheWindowCount() {
        RateCounter c = counter();
        c.record(KEY, T.minus(Duration.ofHours(23)));
        c.record(KEY, T.minus(Duration.ofHours(1)));
        c.record(KEY, T);

        assertThat(c.count(KEY, T, DAY, 10)).isEqualTo(3);
    }

    @Test
    default void eventsOutsideTheWindowDoNot() {
        RateCounter c = counter();
        c.record(KEY, T.minus(DAY));
        c.record(KEY, T.minus(Duration.ofHours(25)));
        c.record(KEY, T.plusSeconds(1));

        assertThat(c.count(KEY, T, DAY, 10)).isZero();
    }

    @Test
    default void keysAreCountedApart() {
        RateCounter c = counter();
        c.record(KEY, T);

        assertThat(c.count(new RateKey(RateKey.Kind.SENDER, KEY.value()), T, DAY, 10)).isZero();
    }

    @Test
    default void countsStopAtAtMost() {
        RateCounter c = counter();
        for (int i = 0; i < 20; i++) {
            c.record(KEY, T.minusSeconds(i));
        }

        assertThat(c.count(KEY, T, DAY, 5)).isEqualTo(5);
        assertThat(c.count(KEY, T, DAY, 50)).isEqualTo(20);
    }

    @Test
    default void askingBeyondMaxCountIsRefused() {
        RateCounter c = counter();

        assertThatThrownBy(() -> c.count(KEY, T, DAY, c.maxCount() + 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    default void concurrentRecordsAreAllCounted() throws InterruptedException {
        RateCounter c = counter();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int t = 0; t < 4; t++) {
            pool.execute(() -> {
                for (int i = 0; i < 25; i++) {
                    c.record(KEY, T.minusSeconds(i));
                }
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        assertThat(c.count(KEY, T, DAY, 100)).isEqualTo(100);
    }
}
