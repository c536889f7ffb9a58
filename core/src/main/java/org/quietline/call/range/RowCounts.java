package org.quietline.call.range;

import java.util.Arrays;

/** Counts of report rows (not reporters) up to a day, for the baselines that count reports. Stateless. */
final class RowCounts {

    private RowCounts() {
    }

    /** How many rows dated on or before {@code cutoff} each number of {@code history} has. */
    static int[] perNumber(ReportTable table, NumberHistory history, int cutoff) {
        int[] counts = new int[history.size];
        for (int i = 0; i < table.size(); i++) {
            if (table.day(i) <= cutoff) {
                counts[Arrays.binarySearch(history.numbers, table.number(i))]++;
            }
        }
        return counts;
    }
}
