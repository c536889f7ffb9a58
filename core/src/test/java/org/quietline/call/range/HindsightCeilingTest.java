package org.quietline.call.range;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class HindsightCeilingTest {

    private static final NumberPlan US = NumberPlan.NANP;

    @Test
    void aFullTenIsTakenWholeBeforeScatteredNumbers() {
        long[] numbers = {2025550101L, 2025550102L, 2025550103L, 2025550104L, 2025550105L, 2025559999L};

        HindsightCeiling.Result r = HindsightCeiling.of(numbers, US, 9, 6, 10);

        assertThat(r.reached()).isEqualTo(5);
        assertThat(r.bound()).isGreaterThanOrEqualTo(5).isLessThan(6);
    }

    @Test
    void aBudgetThatFitsEveryTenCatchesEverything() {
        long[] numbers = {2025550101L, 2025550555L, 3035550101L};

        HindsightCeiling.Result r = HindsightCeiling.of(numbers, US, 9, 6, 30);

        assertThat(r.reachedShare()).isEqualTo(1.0);
        assertThat(r.boundShare()).isEqualTo(1.0);
    }

    @Test
    void aBudgetBelowTheSmallestRangeCatchesNothing() {
        HindsightCeiling.Result r = HindsightCeiling.of(new long[] {2025550101L}, US, 7, 7, 999);

        assertThat(r.reached()).isZero();
        assertThat(r.bound()).isLessThan(1);
    }

    /** On seeded random instances the bound is never below the exact optimum and the choice never above. */
    @Test
    void boundAndReachedEncloseTheExactOptimum() {
        SplittableRandom random = new SplittableRandom(2020);
        for (int round = 0; round < 40; round++) {
            TreeSet<Long> set = new TreeSet<>();
            int hot = random.nextInt(1, 4);
            for (int i = 0; i < 60; i++) {
                long block = 2025550000L + random.nextInt(hot) * 1000L;
                set.add(block + (random.nextBoolean() ? random.nextInt(40) : random.nextInt(1000)));
            }
            long[] numbers = set.stream().mapToLong(Long::longValue).toArray();
            long budget = 10L * random.nextInt(1, 160);

            HindsightCeiling.Result r = HindsightCeiling.of(numbers, US, 9, 7, budget);
            int exact = exact(numbers, (int) (budget / 10));

            assertThat(r.bound()).as("bound, round %d", round).isGreaterThanOrEqualTo(exact - 1e-9);
            assertThat(r.reached()).as("reached, round %d", round).isLessThanOrEqualTo(exact);
            assertThat(r.reached()).as("reached, round %d", round).isGreaterThanOrEqualTo(exact * 8 / 10);
        }
    }

    @Test
    void refusesUnsortedNumbersAndBadDigits() {
        assertThatThrownBy(() -> HindsightCeiling.of(new long[] {2L, 1L}, US, 9, 6, 10))
                .hasMessageContaining("sorted");
        assertThatThrownBy(() -> HindsightCeiling.of(new long[0], US, 10, 6, 10))
                .hasMessageContaining("range digits");
    }

    /** Tree knapsack by dynamic programming over budgets in tens: /10, /100 and /1000 ranges. */
    private static int exact(long[] numbers, int units) {
        TreeMap<Long, int[]> thousands = new TreeMap<>();
        for (long n : numbers) {
            thousands.computeIfAbsent(n / 1000, k -> new int[100])[(int) (n / 10 % 100)]++;
        }
        int[] total = new int[units + 1];
        for (int[] tens : thousands.values()) {
            int[] inThousand = new int[units + 1];
            for (int h = 0; h < 10; h++) {
                int[] hundred = new int[units + 1];
                int all = 0;
                for (int t = 0; t < 10; t++) {
                    int c = tens[h * 10 + t];
                    all += c;
                    hundred = merge(hundred, single(units, 1, c));
                }
                hundred = best(hundred, single(units, 10, all));
                inThousand = merge(inThousand, hundred);
            }
            inThousand = best(inThousand, single(units, 100, Arrays.stream(tens).sum()));
            total = merge(total, inThousand);
        }
        return total[units];
    }

    private static int[] single(int units, int cost, int value) {
        int[] a = new int[units + 1];
        for (int b = cost; b <= units; b++) {
            a[b] = value;
        }
        return a;
    }

    private static int[] merge(int[] a, int[] b) {
        int[] out = new int[a.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; i + j < a.length; j++) {
                out[i + j] = Math.max(out[i + j], a[i] + b[j]);
            }
        }
        return out;
    }

    private static int[] best(int[] a, int[] b) {
        int[] out = new int[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = Math.max(a[i], b[i]);
        }
        return out;
    }
}
