package org.quietline.call.range;

import java.util.Arrays;

/**
 * For every prefix of one length that holds reported numbers: its score and its count of distinct
 * reporters. The score sums the numbers first reported in the range, each weighted by how recently it
 * was first reported ({@code exp(−age/τ)}); a number's weight is split among its reporters and each
 * reporter's part in one range is capped, so that one reporter — however many numbers they report —
 * moves a range's score by at most the cap (ADR 0041). Immutable after construction.
 */
final class LevelScores {

    final int digits;
    final long[] prefixes;
    final double[] scores;
    final int[] reporters;
    final int size;

    private LevelScores(int digits, long[] prefixes, double[] scores, int[] reporters, int size) {
        this.digits = digits;
        this.prefixes = prefixes;
        this.scores = scores;
        this.reporters = reporters;
        this.size = size;
    }

    /** The scores of the prefixes of {@code digits} digits in {@code history} as of {@code cutoff}. */
    static LevelScores of(NumberHistory history, NumberPlan plan, int digits, int cutoff, double tau, double cap) {
        long divisor = plan.sizeOf(digits);
        long[] prefixes = new long[history.size];
        double[] scores = new double[history.size];
        int[] reporters = new int[history.size];
        int count = 0;
        ReporterTally tally = new ReporterTally();
        int i = 0;
        while (i < history.size) {
            long prefix = history.numbers[i] / divisor;
            tally.clear();
            for (; i < history.size && history.numbers[i] / divisor == prefix; i++) {
                double weight = Math.exp(-(cutoff - history.firstDay[i]) / tau);
                double share = weight / history.reporters(i);
                for (int p = history.pairStart[i]; p < history.pairStart[i + 1]; p++) {
                    tally.add(history.pairReporter[p], share);
                }
            }
            prefixes[count] = prefix;
            scores[count] = tally.cappedTotal(cap);
            reporters[count] = tally.reporters();
            count++;
        }
        return new LevelScores(digits, Arrays.copyOf(prefixes, count), Arrays.copyOf(scores, count),
                Arrays.copyOf(reporters, count), count);
    }

    /** The score of {@code prefix}, 0 when the range holds no reported number. */
    double score(long prefix) {
        int at = Arrays.binarySearch(prefixes, prefix);
        return at < 0 ? 0 : scores[at];
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
