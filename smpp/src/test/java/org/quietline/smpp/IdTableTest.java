package org.quietline.smpp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The primitive id table behaves as a bounded insertion-ordered map: checked against LinkedHashMap. */
class IdTableTest {

    @Test
    void matchesABoundedInsertionOrderedMapUnderRandomPutsAndGets() {
        for (int bound : new int[] {1, 7, 1_000, 5_000}) {
            IdTable table = new IdTable(bound);
            Map<Long, Long> reference = new LinkedHashMap<>();
            SplittableRandom random = new SplittableRandom(bound);
            for (int op = 0; op < 40_000; op++) {
                // few distinct keys, so that updates, evictions and probe collisions all happen
                long key = 1 + random.nextInt(3 * bound + 10);
                if (random.nextInt(3) == 0) {
                    int slot = table.slotOf(key);
                    Long expected = reference.get(key);
                    assertThat(slot >= 0 ? table.longAt(slot) : null).as("get %d (bound %d)", key, bound).isEqualTo(expected);
                } else {
                    long value = random.nextLong();
                    table.put(key, value, (int) value);
                    if (!reference.containsKey(key) && reference.size() == bound) {
                        reference.remove(reference.keySet().iterator().next());
                    }
                    reference.put(key, value);
                }
                assertThat(table.size()).isEqualTo(reference.size());
            }
            for (Map.Entry<Long, Long> e : reference.entrySet()) {
                int slot = table.slotOf(e.getKey());
                assertThat(slot).isNotNegative();
                assertThat(table.longAt(slot)).isEqualTo(e.getValue());
                assertThat(table.intAt(slot)).isEqualTo((int) (long) e.getValue());
            }
        }
    }

    @Test
    void theOldestIsForgottenFirst() {
        IdTable table = new IdTable(3);
        table.put(10, 1, 0);
        table.put(20, 2, 0);
        table.put(30, 3, 0);
        table.put(20, 22, 0);
        table.put(40, 4, 0);
        assertThat(table.slotOf(10)).isNegative();
        assertThat(table.longAt(table.slotOf(20))).isEqualTo(22);
        assertThat(table.slotOf(30)).isNotNegative();
        assertThat(table.slotOf(40)).isNotNegative();
    }
}
