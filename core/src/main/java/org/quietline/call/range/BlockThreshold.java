package org.quietline.call.range;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Baseline (c): a naive count threshold per block: flag every /1000 block (by default) with at least
 * {@code k} reports, where {@code k} is the smallest threshold whose flagged blocks fit the budget.
 * Counts rows, as a naive operator would. Immutable and thread-safe.
 */
public final class BlockThreshold implements RangeRule {

    private final int freeDigits;

    /** Blocks of 10<sup>freeDigits</sup> numbers. */
    public BlockThreshold(int freeDigits) {
        if (freeDigits < 1 || freeDigits > 6) {
            throw new IllegalArgumentException("free digits must be 1 to 6, was " + freeDigits);
        }
        this.freeDigits = freeDigits;
    }

    /** /1000 blocks. */
    public BlockThreshold() {
        this(3);
    }

    @Override
    public String name() {
        return "naive-/" + NumberPlan.pow10(freeDigits);
    }

    @Override
    public FlaggedRanges flag(ReportTable reports, LocalDate asOf, long budget) {
        NumberPlan plan = reports.plan();
        int digits = plan.nationalLength() - freeDigits;
        long size = plan.sizeOf(digits);
        int cutoff = (int) asOf.toEpochDay();
        long[] prefixes = new long[reports.size()];
        int[] counts = new int[reports.size()];
        int n = 0;
        for (int i = 0; i < reports.size(); i++) {
            if (reports.day(i) > cutoff) {
                continue;
            }
            long p = reports.number(i) / size;
            if (n == 0 || prefixes[n - 1] != p) {
                prefixes[n++] = p;
            }
            counts[n - 1]++;
        }
        int[] sorted = Arrays.copyOf(counts, n);
        Arrays.sort(sorted);
        long fits = budget / size;
        int threshold = fits >= n ? 1 : sorted[(int) (n - fits - 1)] + 1;
        List<FlaggedRange> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (counts[i] >= threshold) {
                out.add(new FlaggedRange(NumberRange.of(plan, prefixes[i], digits), counts[i]));
            }
        }
        out.sort((a, b) -> Double.compare(b.confidence(), a.confidence()));
        return FlaggedRanges.of(plan, out);
    }
}
