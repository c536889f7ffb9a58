package org.quietline.call.range;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Baseline (a): block exactly the numbers reported so far, most reported first, as far as the budget
 * goes. It never covers a number that was not reported yet, which is the point of measuring it.
 * Immutable and thread-safe.
 */
public final class ExactBlacklist implements RangeRule {

    @Override
    public String name() {
        return "exact-blacklist";
    }

    @Override
    public FlaggedRanges flag(ReportTable reports, LocalDate asOf, long budget) {
        NumberHistory history = NumberHistory.of(reports, (int) asOf.toEpochDay());
        int[] counts = RowCounts.perNumber(reports, history, (int) asOf.toEpochDay());
        Integer[] order = new Integer[history.size];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> counts[b] != counts[a] ? Integer.compare(counts[b], counts[a])
                : Integer.compare(history.firstDay[b], history.firstDay[a]));
        int n = (int) Math.min(budget, order.length);
        List<FlaggedRange> out = new ArrayList<>(n);
        int digits = reports.plan().nationalLength();
        for (int i = 0; i < n; i++) {
            out.add(new FlaggedRange(NumberRange.of(reports.plan(), history.numbers[order[i]], digits), counts[order[i]]));
        }
        return FlaggedRanges.of(reports.plan(), out);
    }
}
