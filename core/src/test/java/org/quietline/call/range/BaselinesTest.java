package org.quietline.call.range;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BaselinesTest {

    private static final LocalDate AS_OF = LocalDate.parse("2020-06-30");

    /** Each of the numbers reported twice, by two reporters. */
    private static Reports members(Reports r, String... numbers) {
        int reporter = 1;
        for (String n : numbers) {
            r.add(n, "2020-06-01", reporter++).add(n, "2020-06-02", reporter++);
        }
        return r;
    }

    @Test
    void phoneBlockFlagsATenWithFourMembers() {
        ReportTable t = members(Reports.us(), "2025550101", "2025550103", "2025550105", "2025550109").build();

        FlaggedRanges f = new PhoneBlockRule().flag(t, AS_OF, 1_000_000);

        assertThat(f.ranges()).extracting(r -> r.range().prefix()).containsExactly("202555010");
    }

    @Test
    void phoneBlockNeedsTwoReportsForAMember() {
        Reports r = members(Reports.us(), "2025550101", "2025550103", "2025550105");
        r.add("2025550109", "2020-06-01", 99);

        assertThat(new PhoneBlockRule().flag(r.build(), AS_OF, 1_000_000).ranges()).isEmpty();
    }

    @Test
    void phoneBlockFlagsAHundredWithEightMembersOverFourTens() {
        ReportTable t = members(Reports.us(), "2025550101", "2025550102", "2025550111", "2025550112",
                "2025550121", "2025550122", "2025550131", "2025550132").build();

        FlaggedRanges f = new PhoneBlockRule().flag(t, AS_OF, 1_000_000);

        assertThat(f.ranges()).extracting(r -> r.range().prefix()).containsExactly("20255501");
    }

    @Test
    void phoneBlockDoesNotFlagAHundredWhoseMembersSitInFewTens() {
        ReportTable t = members(Reports.us(), "2025550101", "2025550102", "2025550103", "2025550111",
                "2025550112", "2025550113", "2025550121", "2025550122").build();

        FlaggedRanges f = new PhoneBlockRule().flag(t, AS_OF, 1_000_000);

        assertThat(f.ranges()).extracting(r -> r.range().prefix()).doesNotContain("20255501");
    }

    @Test
    void naiveThresholdIsTheLowestCountWhoseBlocksFitTheBudget() {
        Reports r = Reports.us();
        r.spread(2_025_551_000L, 5, 1, "2020-06-01", 1);
        r.spread(2_025_552_000L, 3, 1, "2020-06-01", 10);
        r.spread(2_025_553_000L, 3, 1, "2020-06-01", 20);
        r.spread(2_025_554_000L, 1, 1, "2020-06-01", 30);

        FlaggedRanges f = new BlockThreshold().flag(r.build(), AS_OF, 2_000);

        // two blocks would fit, but the second and third tie at 3 reports: the threshold 4 keeps one
        assertThat(f.ranges()).extracting(x -> x.range().prefix()).containsExactly("2025551");
    }

    @Test
    void blacklistTakesTheMostReportedNumbersFirst() {
        ReportTable t = Reports.us()
                .add("2025550101", "2020-06-01", 1)
                .add("2025550102", "2020-06-01", 2).add("2025550102", "2020-06-02", 3)
                .build();

        FlaggedRanges f = new ExactBlacklist().flag(t, AS_OF, 1);

        assertThat(f.covers(2_025_550_102L)).isTrue();
        assertThat(f.covers(2_025_550_101L)).isFalse();
    }

    @Test
    void backtestCountsNewNumbersInFlaggedRanges() {
        ReportTable t = members(Reports.us(), "2025550101", "2025550103", "2025550105", "2025550109")
                .add("2025550107", "2020-07-05", 50)
                .add("2025550101", "2020-07-06", 51)
                .add("3035550107", "2020-07-05", 52)
                .build();

        RangeBacktest.Outcome o = new RangeBacktest(t, AS_OF, LocalDate.parse("2020-09-30"))
                .run(new PhoneBlockRule(), java.util.List.of(100L)).getFirst();

        assertThat(o.newNumbers()).isEqualTo(2);
        assertThat(o.newCaught()).isEqualTo(1);
        assertThat(o.laterComplaints()).isEqualTo(3);
        assertThat(o.complaintsCaught()).isEqualTo(2);
        assertThat(o.space()).isEqualTo(10);
    }
}
