package org.quietline.call.range;

import java.util.Arrays;

/**
 * How far the fitted model of one range size misstates the yield of the ranges it ranks best. Each size's
 * Poisson fit matches its training candidates on average, but the knapsack compares sizes only at the top
 * of each list, where each size's model errs its own way: on the FTC validation splits, at budgets of 1M and
 * 10M, the /10000 blocks it chose brought 0.56–0.83 of the new numbers their model expected, the /1000
 * blocks 0.68–1.21. The
 * factor is, over the training origins, the actual new numbers of the candidates that would fill the
 * budget with this size alone (best predicted first) divided by their predicted ones, both with a small
 * prior ({@link #PRIOR}); the forecast scales the size's expectations by it, so that sizes compete on what
 * their top ranges deliver. Stateless.
 */
final class BudgetCalibration {

    /**
     * New numbers added to both sides of the ratio: with little to learn from (a few reports, the first
     * weeks of a deployment) the factor stays near 1 instead of swinging on a handful of numbers.
     */
    static final double PRIOR = 5;

    private BudgetCalibration() {
    }

    /**
     * The factor for candidates with {@code predicted} and {@code actual} new numbers, grouped by training
     * origin: origin {@code k} holds positions {@code ends[k−1]} (0 for the first) up to {@code ends[k]}.
     * Near 1 when little is predicted or nothing is known; near 0 when the top candidates of every origin
     * were expected to bring many new numbers and brought none.
     */
    static double factor(double[] predicted, double[] actual, int[] ends, long rangeSize, long budget) {
        long fits = budget / rangeSize;
        double predictedTotal = 0;
        double actualTotal = 0;
        int start = 0;
        for (int end : ends) {
            int take = (int) Math.min(fits, end - start);
            if (take > 0) {
                // the take-th largest prediction of this origin; ties at it are taken in order of position
                double[] sorted = Arrays.copyOfRange(predicted, start, end);
                Arrays.sort(sorted);
                double threshold = sorted[sorted.length - take];
                int above = 0;
                for (int i = start; i < end; i++) {
                    if (predicted[i] > threshold) {
                        predictedTotal += predicted[i];
                        actualTotal += actual[i];
                        above++;
                    }
                }
                for (int i = start; i < end && above < take; i++) {
                    if (predicted[i] == threshold) {
                        predictedTotal += predicted[i];
                        actualTotal += actual[i];
                        above++;
                    }
                }
            }
            start = end;
        }
        return (actualTotal + PRIOR) / (predictedTotal + PRIOR);
    }
}
