package org.quietline.call.range;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BudgetCalibrationTest {

    private static final double P = BudgetCalibration.PRIOR;

    @Test
    void onlyTheRangesThatFillTheBudgetCount() {
        double[] predicted = {1, 10, 8, 1};
        double[] actual = {100, 5, 4, 100};

        double f = BudgetCalibration.factor(predicted, actual, new int[] {4}, 1000, 2999);

        assertThat(f).isCloseTo((9 + P) / (18 + P), within(1e-12));
    }

    @Test
    void eachOriginFillsTheBudgetOnItsOwn() {
        double[] predicted = {50, 1, 40, 30};
        double[] actual = {20, 0, 10, 90};

        double f = BudgetCalibration.factor(predicted, actual, new int[] {2, 4}, 100, 100);

        assertThat(f).isCloseTo((20 + 10 + P) / (50 + 40 + P), within(1e-12));
    }

    @Test
    void withLittlePredictedTheFactorStaysNearOne() {
        double f = BudgetCalibration.factor(new double[] {0.2, 0.1}, new double[] {0, 0}, new int[] {2}, 10, 1000);

        assertThat(f).isGreaterThan(0.9).isLessThanOrEqualTo(1);
    }

    @Test
    void aBudgetBelowOneRangeLeavesTheFactorAtOne() {
        double f = BudgetCalibration.factor(new double[] {100}, new double[] {1}, new int[] {1}, 10_000, 9_999);

        assertThat(f).isEqualTo(1);
    }

    /** On seeded random instances with many ties, the same factor as sorting every origin's rows. */
    @Test
    void agreesWithSortingEveryOrigin() {
        SplittableRandom random = new SplittableRandom(2026);
        for (int round = 0; round < 300; round++) {
            int origins = random.nextInt(1, 4);
            int[] ends = new int[origins];
            int n = 0;
            for (int k = 0; k < origins; k++) {
                n += random.nextInt(0, 30);
                ends[k] = n;
            }
            double[] predicted = new double[n];
            double[] actual = new double[n];
            for (int i = 0; i < n; i++) {
                predicted[i] = random.nextInt(1, 6) * 0.5;
                actual[i] = random.nextInt(0, 4);
            }
            long size = 10;
            long budget = random.nextLong(0, 400);

            assertThat(BudgetCalibration.factor(predicted, actual, ends, size, budget))
                    .isCloseTo(reference(predicted, actual, ends, size, budget), within(1e-9));
        }
    }

    private static double reference(double[] predicted, double[] actual, int[] ends, long size, long budget) {
        double p = 0;
        double a = 0;
        int start = 0;
        for (int end : ends) {
            Integer[] order = IntStream.range(start, end).boxed().toArray(Integer[]::new);
            Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -predicted[i]));
            for (int i = 0; i < Math.min(budget / size, order.length); i++) {
                p += predicted[order[i]];
                a += actual[order[i]];
            }
            start = end;
        }
        return (a + P) / (p + P);
    }
}
