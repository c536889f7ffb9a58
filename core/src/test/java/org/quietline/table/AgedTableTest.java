package org.quietline.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The flat table holds, finds and forgets exactly what a map does (ADR 0035): seeded random adds, updates and
 * removals over small tables full of colliding probes, checked against a {@link HashMap} with the documented
 * forgetting (stale first, then oldest, down to 90%).
 */
class AgedTableTest {

    private static final long SEED = 77L;

    /** What the reference keeps per key: its age and an id that the forgetting reports. */
    private record Held(long age, long id) {
    }

    @Test
    void behavesAsAMapThatForgetsTheOldest() {
        SplittableRandom random = new SplittableRandom(SEED);
        for (int run = 0; run < 300; run++) {
            int maxEntries = 1 + random.nextInt(run % 2 == 0 ? 8 : 200);
            long horizon = 1 + random.nextInt(1_000);
            List<Long> forgotten = new ArrayList<>();
            AgedTable[] table = new AgedTable[1];
            table[0] = new AgedTable(maxEntries, horizon, 2, e -> forgotten.add(table[0].get(e, 1)));
            Map<Long, Held> reference = new HashMap<>();
            Set<Long> expectedForgotten = new HashSet<>();
            long[] keys = new long[1 + random.nextInt(3 * maxEntries)];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = 1 + random.nextInt(1 << 20);
            }
            long clock = 0;
            long ids = 0;
            for (int op = 0; op < 2_000; op++) {
                long key = keys[random.nextInt(keys.length)];
                long b = key % 3;
                clock += 1 + random.nextInt(20);
                int e = table[0].find(key, b);
                assertThat(e >= 0).as("run %d, op %d, seed %d", run, op, SEED).isEqualTo(reference.containsKey(key));
                if (e >= 0) {
                    assertThat(table[0].get(e, 0)).isEqualTo(reference.get(key).age());
                    assertThat(table[0].get(e, 1)).isEqualTo(reference.get(key).id());
                    if (random.nextInt(4) == 0) {
                        table[0].remove(e);
                        expectedForgotten.add(reference.remove(key).id());
                    } else {
                        table[0].set(e, 0, clock);
                        reference.put(key, new Held(clock, reference.get(key).id()));
                    }
                } else {
                    if (reference.size() >= maxEntries) {
                        forgetLikeTheTable(reference, maxEntries, clock - horizon, expectedForgotten);
                    }
                    e = table[0].add(key, b, clock);
                    table[0].set(e, 1, ++ids);
                    reference.put(key, new Held(clock, ids));
                }
                assertThat(table[0].size()).as("run %d, op %d, seed %d", run, op, SEED).isEqualTo(reference.size());
            }
            assertThat(new HashSet<>(forgotten)).as("run %d, seed %d", run, SEED).isEqualTo(expectedForgotten);
        }
    }

    @Test
    void selectionFindsTheKthSmallest() {
        SplittableRandom random = new SplittableRandom(SEED);
        for (int run = 0; run < 2_000; run++) {
            long[] values = new long[1 + random.nextInt(300)];
            int spread = 1 + random.nextInt(run % 2 == 0 ? 5 : 1_000_000);
            for (int i = 0; i < values.length; i++) {
                values[i] = random.nextInt(spread) - spread / 2;
            }
            long[] sorted = values.clone();
            Arrays.sort(sorted);
            int k = random.nextInt(values.length);

            assertThat(AgedTable.select(values, k)).as("run %d, seed %d", run, SEED).isEqualTo(sorted[k]);
        }
    }

    @Test
    void aKeyOfZeroIsRefused() {
        AgedTable table = new AgedTable(4, 10, 1, e -> {
        });

        assertThatThrownBy(() -> table.add(0, 1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static void forgetLikeTheTable(Map<Long, Held> reference, int maxEntries, long stale, Set<Long> forgotten) {
        reference.entrySet().removeIf(h -> h.getValue().age() <= stale && forgotten.add(h.getValue().id()));
        int target = Math.max(0, maxEntries - Math.max(1, maxEntries / 10));
        List<Long> oldestFirst = reference.keySet().stream()
                .sorted(Comparator.comparingLong(k -> reference.get(k).age())).toList();
        for (int i = 0; reference.size() > target; i++) {
            forgotten.add(reference.remove(oldestFirst.get(i)).id());
        }
    }
}
