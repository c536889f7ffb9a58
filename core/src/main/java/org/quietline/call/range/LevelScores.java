package org.quietline.call.range;

import java.util.Arrays;

/**
 * For every prefix of one length that holds reported numbers, as of a cut-off day: a few measures of its
 * reported numbers and its count of distinct reporters. Each measure sums the numbers of the range with a
 * weight — by how recently the number was first reported ({@code exp(−age/τ)} at three speeds), whether
 * that was within the last days ({@link #RECENT}), whether its reporters live in its own area
 * ({@link #LOCAL}) — split among the number's reporters, and each reporter's part in one range is capped,
 * so that one reporter — however many numbers they report — moves any measure by at most the cap
 * (ADR 0041). Immutable after construction.
 */
final class LevelScores {

    /** Decayed count with τ = memory / 2. */
    static final int SHORT = 0;
    /** Decayed count with τ = memory. */
    static final int MEMORY = 1;
    /** Decayed count with τ = 2 × memory. */
    static final int LONG = 2;
    /** Numbers first reported within the recent window. */
    static final int RECENT = 3;
    /** Numbers reported by people of their own area, at any time: neighbour spoofing. */
    static final int LOCAL = 4;
    static final int MEASURES = 5;

    final int digits;
    final long[] prefixes;
    /** {@code measures[m][i]}: measure {@code m} of prefix {@code i}. */
    final double[][] measures;
    final int[] reporters;
    final int size;

    private LevelScores(int digits, long[] prefixes, double[][] measures, int[] reporters, int size) {
        this.digits = digits;
        this.prefixes = prefixes;
        this.measures = measures;
        this.reporters = reporters;
        this.size = size;
    }

    /**
     * How the measures weigh a number.
     *
     * @param cutoff     the day ages are counted from (an epoch day)
     * @param memory     τ of {@link #MEMORY}, in days
     * @param recentDays the window of {@link #RECENT}
     * @param cap        the most one reporter adds to a measure of one range
     */
    record Weights(int cutoff, double memory, int recentDays, double cap) {
    }

    /**
     * Each number's weight in every measure as of {@code w.cutoff}, by number position then measure; the
     * weight of {@link #LOCAL} is 1 (a pair counts only when its reporter is local). Computed once per
     * cut-off and shared by every prefix length.
     */
    static double[] numberWeights(NumberHistory history, Weights w) {
        double[] out = new double[history.size * MEASURES];
        for (int i = 0; i < history.size; i++) {
            int age = w.cutoff() - history.firstDay[i];
            int at = i * MEASURES;
            out[at + SHORT] = Math.exp(-age / (w.memory() / 2));
            out[at + MEMORY] = Math.exp(-age / w.memory());
            out[at + LONG] = Math.exp(-age / (w.memory() * 2));
            out[at + RECENT] = age < w.recentDays() ? 1 : 0;
            out[at + LOCAL] = 1;
        }
        return out;
    }

    /** The measures of the prefixes of {@code digits} digits in {@code history} (cut off at {@code w.cutoff}). */
    static LevelScores of(NumberHistory history, NumberPlan plan, int digits, Weights w) {
        return of(history, plan, digits, w.cap(), numberWeights(history, w));
    }

    /** As {@link #of(NumberHistory, NumberPlan, int, Weights)}, with the weights already computed. */
    static LevelScores of(NumberHistory history, NumberPlan plan, int digits, double cap, double[] weights) {
        long divisor = plan.sizeOf(digits);
        long[] prefixes = new long[history.size];
        double[][] measures = new double[MEASURES][history.size];
        int[] reporters = new int[history.size];
        int count = 0;
        ReporterTally tally = new ReporterTally(MEASURES);
        double[] weight = new double[MEASURES];
        int i = 0;
        while (i < history.size) {
            long prefix = history.numbers[i] / divisor;
            tally.clear();
            for (; i < history.size && history.numbers[i] / divisor == prefix; i++) {
                System.arraycopy(weights, i * MEASURES, weight, 0, MEASURES);
                double share = 1.0 / history.reporters(i);
                for (int p = history.pairStart[i]; p < history.pairStart[i + 1]; p++) {
                    weight[LOCAL] = history.pairLocal[p] ? 1 : 0;
                    tally.addAll(history.pairReporter[p], weight, share);
                }
            }
            prefixes[count] = prefix;
            for (int m = 0; m < MEASURES; m++) {
                measures[m][count] = tally.cappedTotal(m, cap);
            }
            reporters[count] = tally.reporters();
            count++;
        }
        double[][] trimmed = new double[MEASURES][];
        for (int m = 0; m < MEASURES; m++) {
            trimmed[m] = Arrays.copyOf(measures[m], count);
        }
        return new LevelScores(digits, Arrays.copyOf(prefixes, count), trimmed, Arrays.copyOf(reporters, count), count);
    }

    /** Measure {@code m} of {@code prefix}, 0 when the range holds no reported number. */
    double measure(int m, long prefix) {
        int at = Arrays.binarySearch(prefixes, prefix);
        return at < 0 ? 0 : measures[m][at];
    }

    /** How many numbers first reported after {@code after} (an epoch day) each prefix holds, by position. */
    static double[] newNumbers(NumberHistory history, NumberPlan plan, LevelScores level, int after) {
        long divisor = plan.sizeOf(level.digits);
        double[] counts = new double[level.size];
        for (int i = 0; i < history.size; i++) {
            if (history.firstDay[i] > after) {
                int at = Arrays.binarySearch(level.prefixes, history.numbers[i] / divisor);
                if (at >= 0) {
                    counts[at]++;
                }
            }
        }
        return counts;
    }
}
