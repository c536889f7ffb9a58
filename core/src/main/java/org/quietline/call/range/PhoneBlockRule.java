package org.quietline.call.range;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Baseline (b): the range rule of PhoneBlock, an open blocklist server, re-implemented from its
 * description (no code taken): a number is a member once it has 2 reports; a block of 10 is flagged
 * with 4 members; a block of 100 with 8 members spread over at least 4 tens of 2 members each. Reports
 * are counted per distinct reporter. Ranks blocks by members per covered number. Immutable and
 * thread-safe.
 */
public final class PhoneBlockRule implements RangeRule {

    static final int MEMBER_REPORTS = 2;
    static final int TEN_MEMBERS = 4;
    static final int HUNDRED_MEMBERS = 8;
    static final int HUNDRED_TENS = 4;
    static final int TEN_MEMBERS_IN_HUNDRED = 2;

    @Override
    public String name() {
        return "phoneblock";
    }

    @Override
    public FlaggedRanges flag(ReportTable reports, LocalDate asOf, long budget) {
        NumberPlan plan = reports.plan();
        NumberHistory history = NumberHistory.of(reports, (int) asOf.toEpochDay());
        long[] members = Arrays.stream(indices(history.size)).filter(i -> history.reporters(i) >= MEMBER_REPORTS)
                .mapToLong(i -> history.numbers[i]).toArray();
        int tens = plan.nationalLength() - 1;
        int hundreds = plan.nationalLength() - 2;
        List<FlaggedRange> blocks = new ArrayList<>();
        java.util.Set<Long> flaggedHundreds = new java.util.HashSet<>();
        int i = 0;
        while (i < members.length) {
            long hundred = members[i] / 100;
            int count = 0;
            int fullTens = 0;
            while (i < members.length && members[i] / 100 == hundred) {
                long ten = members[i] / 10;
                int inTen = 0;
                for (; i < members.length && members[i] / 10 == ten; i++) {
                    inTen++;
                }
                count += inTen;
                fullTens += inTen >= TEN_MEMBERS_IN_HUNDRED ? 1 : 0;
            }
            if (count >= HUNDRED_MEMBERS && fullTens >= HUNDRED_TENS) {
                blocks.add(new FlaggedRange(NumberRange.of(plan, hundred, hundreds), count / 100.0));
                flaggedHundreds.add(hundred);
            }
        }
        i = 0;
        while (i < members.length) {
            long ten = members[i] / 10;
            int count = 0;
            for (; i < members.length && members[i] / 10 == ten; i++) {
                count++;
            }
            if (count >= TEN_MEMBERS && !flaggedHundreds.contains(ten / 10)) {
                blocks.add(new FlaggedRange(NumberRange.of(plan, ten, tens), count / 10.0));
            }
        }
        blocks.sort((a, b) -> Double.compare(b.confidence(), a.confidence()));
        return FlaggedRanges.of(plan, Budget.take(blocks, budget));
    }

    private static int[] indices(int n) {
        int[] a = new int[n];
        Arrays.setAll(a, k -> k);
        return a;
    }
}
