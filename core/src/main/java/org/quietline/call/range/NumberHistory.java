package org.quietline.call.range;

import java.util.Arrays;

/**
 * The reports of a {@link ReportTable} up to a cut-off day, folded per number: each distinct number with
 * the day it was first reported and its distinct reporters. A reporter who reports one number ten times
 * counts once here. Immutable after construction; confined to the forecast that built it.
 */
final class NumberHistory {

    final long[] numbers;
    final int[] firstDay;
    /** Pairs of number {@code i} are {@code pairStart[i]} (inclusive) to {@code pairStart[i + 1]}. */
    final int[] pairStart;
    final int[] pairReporter;
    /** Whether the reporter of a pair lives in the number's own area (a sign of neighbour spoofing). */
    final boolean[] pairLocal;
    final int size;

    private NumberHistory(long[] numbers, int[] firstDay, int[] pairStart, int[] pairReporter, boolean[] pairLocal,
                          int size) {
        this.numbers = numbers;
        this.firstDay = firstDay;
        this.pairStart = pairStart;
        this.pairReporter = pairReporter;
        this.pairLocal = pairLocal;
        this.size = size;
    }

    /** The history of every row dated on or before {@code cutoff} (an epoch day). */
    static NumberHistory of(ReportTable table, int cutoff) {
        int n = table.size();
        long[] numbers = new long[n];
        int[] first = new int[n];
        int[] start = new int[n + 1];
        int[] reporter = new int[n];
        boolean[] local = new boolean[n];
        NumberPlan plan = table.plan();
        int count = 0;
        int pairs = 0;
        long lastNumber = -1;
        int lastReporter = 0;
        for (int i = 0; i < n; i++) {
            if (table.day(i) > cutoff) {
                continue;
            }
            long number = table.number(i);
            if (count == 0 || number != lastNumber) {
                numbers[count] = number;
                first[count] = table.day(i);
                start[count] = pairs;
                count++;
                lastNumber = number;
            } else {
                first[count - 1] = Math.min(first[count - 1], table.day(i));
                if (table.reporter(i) == lastReporter) {
                    continue;
                }
            }
            lastReporter = table.reporter(i);
            local[pairs] = table.reporterArea(i) == plan.areaOf(number);
            reporter[pairs++] = lastReporter;
        }
        start[count] = pairs;
        return new NumberHistory(Arrays.copyOf(numbers, count), Arrays.copyOf(first, count),
                Arrays.copyOf(start, count + 1), Arrays.copyOf(reporter, pairs), Arrays.copyOf(local, pairs), count);
    }

    /** How many distinct reporters number {@code i} has. */
    int reporters(int i) {
        return pairStart[i + 1] - pairStart[i];
    }
}
