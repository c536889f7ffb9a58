package org.quietline.call.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LongCounterTest {

    @Test
    void agreesWithAMapOverManyRandomIncrementsAndDecrements() {
        SplittableRandom random = new SplittableRandom(42);
        for (int round = 0; round < 200; round++) {
            LongCounter counter = new LongCounter();
            Map<Long, Integer> model = new HashMap<>();
            int keys = 1 + random.nextInt(300);
            for (int op = 0; op < 2_000; op++) {
                long key = random.nextInt(keys) * 0x10000L - random.nextInt(3);
                if (random.nextBoolean()) {
                    assertThat(counter.increment(key)).isEqualTo(model.merge(key, 1, Integer::sum));
                } else {
                    Integer old = model.get(key);
                    int expected = old == null ? 0 : old - 1;
                    if (old != null) {
                        if (expected == 0) {
                            model.remove(key);
                        } else {
                            model.put(key, expected);
                        }
                    }
                    assertThat(counter.decrement(key)).isEqualTo(expected);
                }
                assertThat(counter.size()).isEqualTo(model.size());
            }
            for (Map.Entry<Long, Integer> e : model.entrySet()) {
                assertThat(counter.get(e.getKey())).isEqualTo(e.getValue());
            }
        }
    }
}
