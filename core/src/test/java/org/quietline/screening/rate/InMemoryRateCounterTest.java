package org.quietline.screening.rate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class InMemoryRateCounterTest implements RateCounterContract {

    @Override
    public RateCounter counter() {
        return new InMemoryRateCounter(1000, 100, Duration.ofDays(2));
    }

    @Test
    void aKeyKeepsOnlyItsNewestEvents() {
        InMemoryRateCounter c = new InMemoryRateCounter(10, 3, Duration.ofDays(1));
        for (int i = 0; i < 10; i++) {
            c.record(KEY, T.minusSeconds(100 - i));
        }

        assertThat(c.count(KEY, T, DAY, 3)).isEqualTo(3);
    }

    @Test
    void theNumberOfKeysStaysBounded() {
        InMemoryRateCounter c = new InMemoryRateCounter(100, 5, Duration.ofHours(1));
        for (int i = 0; i < 10_000; i++) {
            c.record(new RateKey(RateKey.Kind.RECIPIENT, "k" + i), T.plusSeconds(i));
        }

        assertThat(c.size()).isLessThanOrEqualTo(100);
    }

    @Test
    void staleKeysGoFirst() {
        InMemoryRateCounter c = new InMemoryRateCounter(10, 5, Duration.ofHours(1));
        RateKey fresh = new RateKey(RateKey.Kind.RECIPIENT, "fresh");
        for (int i = 0; i < 9; i++) {
            c.record(new RateKey(RateKey.Kind.RECIPIENT, "old" + i), T.minus(Duration.ofHours(5)));
        }
        c.record(fresh, T);
        c.record(new RateKey(RateKey.Kind.RECIPIENT, "new"), T);

        assertThat(c.count(fresh, T, DAY, 5)).isEqualTo(1);
        assertThat(c.size()).isEqualTo(2);
    }

    @Test
    void aKeyShowsNoNumber() {
        assertThat(KEY.toString()).doesNotContain("13912345678");
    }
}
