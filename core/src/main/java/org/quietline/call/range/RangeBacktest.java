package org.quietline.call.range;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Measures range rules on a time split: each rule flags ranges from the reports up to the split day,
 * then the rows after it tell what the ranges caught. The figure that matters is the share of <em>new</em>
 * numbers — first reported after the split — that fall in a flagged range; the share of all later
 * complaints is given too (that is the only thing an exact blacklist can catch). Immutable; each
 * {@link #run} is independent.
 *
 * @param reports every row, before and after the split
 * @param asOf    the last day the rules may see
 * @param until   the last day counted as "later" (inclusive)
 */
public record RangeBacktest(ReportTable reports, LocalDate asOf, LocalDate until) {

    /** Rejects nulls and an empty test period. */
    public RangeBacktest {
        Objects.requireNonNull(reports, "reports");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(until, "until");
        if (!until.isAfter(asOf)) {
            throw new IllegalArgumentException("the test period must end after the as-of day");
        }
    }

    /**
     * What one rule caught at one budget.
     *
     * @param rule             the rule's name
     * @param budget           the most numbers it could flag
     * @param ranges           how many ranges it flagged
     * @param space            how many numbers those ranges cover
     * @param newNumbers       numbers first reported in the test period
     * @param newCaught        of them, in a flagged range
     * @param laterComplaints  rows in the test period
     * @param complaintsCaught of them, about a number in a flagged range
     */
    public record Outcome(String rule, long budget, int ranges, long space, int newNumbers, int newCaught,
                          int laterComplaints, int complaintsCaught) {

        /** The share of new numbers caught. */
        public double newShare() {
            return newNumbers == 0 ? 0 : (double) newCaught / newNumbers;
        }

        /** The share of later complaints caught. */
        public double complaintShare() {
            return laterComplaints == 0 ? 0 : (double) complaintsCaught / laterComplaints;
        }
    }

    /** The numbers first reported after the as-of day, up to the end day: sorted, each once. */
    public long[] newNumbers() {
        NumberHistory all = NumberHistory.of(reports, (int) until.toEpochDay());
        int split = (int) asOf.toEpochDay();
        long[] out = new long[all.size];
        int n = 0;
        for (int i = 0; i < all.size; i++) {
            if (all.firstDay[i] > split) {
                out[n++] = all.numbers[i];
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /**
     * The hindsight ceiling ({@link HindsightCeiling}) at {@code budget} for ranges of {@code coarsest} to
     * {@code finest} prefix digits.
     */
    public HindsightCeiling.Result ceiling(int finest, int coarsest, long budget) {
        return HindsightCeiling.of(newNumbers(), reports.plan(), finest, coarsest, budget);
    }

    /** Runs {@code rule} at each budget. */
    public List<Outcome> run(RangeRule rule, List<Long> budgets) {
        int split = (int) asOf.toEpochDay();
        int end = (int) until.toEpochDay();
        NumberHistory all = NumberHistory.of(reports, end);
        List<Outcome> out = new ArrayList<>();
        for (long budget : budgets) {
            FlaggedRanges flagged = rule.flag(reports, asOf, budget);
            int newNumbers = 0;
            int newCaught = 0;
            for (int i = 0; i < all.size; i++) {
                if (all.firstDay[i] > split) {
                    newNumbers++;
                    newCaught += flagged.covers(all.numbers[i]) ? 1 : 0;
                }
            }
            int later = 0;
            int caught = 0;
            for (int i = 0; i < reports.size(); i++) {
                int day = reports.day(i);
                if (day > split && day <= end) {
                    later++;
                    caught += flagged.covers(reports.number(i)) ? 1 : 0;
                }
            }
            out.add(new Outcome(rule.name(), budget, flagged.ranges().size(), flagged.space(), newNumbers, newCaught,
                    later, caught));
        }
        return out;
    }
}
