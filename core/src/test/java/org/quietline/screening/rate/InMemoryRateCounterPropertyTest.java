package org.quietline.screening.rate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The flat counter answers every count as {@link SimpleRateCounter} does, over seeded random histories: keys
 * of every kind and form, events in and out of order, rings growing to {@code maxCount} and overwriting, and
 * keys forgotten when they overflow (ADR 0035).
 */
class InMemoryRateCounterPropertyTest {

    private static final long SEED = 20261123L;
    private static final Instant T = Instant.parse("2026-11-11T00:00:00Z");

    @Test
    void countsAsTheSimpleCounterDoes() {
        SplittableRandom random = new SplittableRandom(SEED);
        for (int run = 0; run < 400; run++) {
            boolean large = run % 10 == 0;
            int maxKeys = large ? 20_000 : 1 + random.nextInt(60);
            int maxCount = 1 + random.nextInt(run % 3 == 0 ? 40 : 9);
            Duration horizon = Duration.ofMinutes(1 + random.nextInt(600));
            InMemoryRateCounter flat = new InMemoryRateCounter(maxKeys, maxCount, horizon);
            SimpleRateCounter simple = new SimpleRateCounter(large ? Integer.MAX_VALUE : maxKeys, maxCount, horizon);
            RateKey[] pool = keys(random, large ? 3_000 : 1 + random.nextInt(3 * maxKeys));
            Set<Long> used = new HashSet<>();
            long clock = 0;
            for (int op = 0; op < 3_000; op++) {
                RateKey key = pool[random.nextInt(pool.length)];
                clock += random.nextInt(120_000);
                if (random.nextInt(3) > 0) {
                    long t = clock - random.nextInt(4) * random.nextInt(3_600_000);
                    while (!used.add(t)) {
                        t++;
                    }
                    flat.record(key, T.plusMillis(t));
                    simple.record(key, T.plusMillis(t));
                } else {
                    Instant at = T.plusMillis(clock - random.nextInt(2) * random.nextInt(600_000));
                    Duration window = Duration.ofMillis(1 + random.nextLong(2 * horizon.toMillis()));
                    int atMost = 1 + random.nextInt(maxCount);
                    assertThat(flat.count(key, at, window, atMost))
                            .as("run %d, operation %d, seed %d", run, op, SEED)
                            .isEqualTo(simple.count(key, at, window, atMost));
                }
            }
            assertThat(flat.size()).as("run %d, seed %d", run, SEED).isEqualTo(simple.size());
        }
    }

    private static RateKey[] keys(SplittableRandom random, int n) {
        RateKey[] keys = new RateKey[n];
        for (int i = 0; i < n; i++) {
            String number = "+86139" + (10_000_000 + random.nextInt(90_000_000));
            keys[i] = switch (random.nextInt(5)) {
                case 0 -> new RateKey(RateKey.Kind.RECIPIENT, number);
                case 1 -> new RateKey(RateKey.Kind.SENDER, number);
                case 2 -> new RateKey(RateKey.Kind.MERCHANT_TO_RECIPIENT, "m:shop" + random.nextInt(5) + "|" + number);
                case 3 -> new RateKey(RateKey.Kind.MERCHANT_TO_RECIPIENT, "s:1069" + random.nextInt(1_000) + "|" + number);
                default -> new RateKey(RateKey.Kind.values()[random.nextInt(3)], "k" + random.nextInt(1_000));
            };
        }
        return keys;
    }
}
