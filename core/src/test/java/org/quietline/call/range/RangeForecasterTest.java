package org.quietline.call.range;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RangeForecasterTest {

    private static final LocalDate AS_OF = LocalDate.parse("2020-06-30");

    /**
     * Background: many ranges that each get a new reported number or two every month, from March to June,
     * by distinct reporters — the steady trickle a campaign must stand out of.
     */
    private static Reports background() {
        Reports r = Reports.us();
        int reporter = 100_000;
        String[] months = {"2020-03-01", "2020-04-01", "2020-05-01", "2020-06-01"};
        for (int block = 0; block < 200; block++) {
            long first = 3_105_550_000L + block * 10_000L;
            for (int m = 0; m < months.length; m++) {
                r.spread(first + 7L * m + block % 3, 1 + (block + m) % 2, 389, months[m], reporter);
                reporter += 10;
            }
        }
        return r;
    }

    /** A campaign: 40 numbers of one /1000 block reported by 40 people in the last two months. */
    private static Reports withCampaign(Reports r) {
        return r.spread(4_045_551_000L, 40, 23, "2020-05-01", 1).spread(4_045_551_003L, 40, 19, "2020-06-01", 41);
    }

    @Test
    void flagsTheRangeACampaignRotatesThrough() {
        FlaggedRanges f = new RangeForecaster().flag(withCampaign(background()).build(), AS_OF, 10_000);

        assertThat(f.ranges().getFirst().range().prefix()).startsWith("4045551");
        assertThat(f.covers(4_045_551_499L)).isTrue();
    }

    @Test
    void oneReporterCannotFlagARangeHoweverManyNumbersTheyReport() {
        Reports r = withCampaign(background());
        for (int i = 0; i < 900; i++) {
            r.add(Long.toString(5_035_550_000L + i), "2020-06-" + (10 + i % 20), 77);
        }

        FlaggedRanges f = new RangeForecaster().flag(r.build(), AS_OF, 1_000_000);

        assertThat(f.covers(5_035_550_500L)).isFalse();
        assertThat(f.covers(4_045_551_777L)).isTrue();
    }

    @Test
    void aFloodByOneReporterAddsNoMoreThanOneOrdinaryReport() {
        Reports flooded = withCampaign(background());
        Reports plain = withCampaign(background());
        for (int i = 0; i < 300; i++) {
            flooded.add(Long.toString(6_035_550_000L + i), "2020-06-20", 9);
        }
        flooded.add("6035559999", "2020-06-20", 10);
        plain.add("6035550000", "2020-06-20", 9).add("6035559999", "2020-06-20", 10);

        FlaggedRanges a = new RangeForecaster().flag(flooded.build(), AS_OF, 20_000);
        FlaggedRanges b = new RangeForecaster().flag(plain.build(), AS_OF, 20_000);

        assertThat(a.covers(6_035_555_555L)).isEqualTo(b.covers(6_035_555_555L));
    }

    @Test
    void duplicateReportsCountOnce() {
        Reports once = withCampaign(background());
        Reports repeated = withCampaign(background());
        for (int i = 0; i < 50; i++) {
            repeated.add("4045551000", "2020-05-01", 1);
        }

        assertThat(new RangeForecaster().flag(repeated.build(), AS_OF, 50_000).ranges())
                .isEqualTo(new RangeForecaster().flag(once.build(), AS_OF, 50_000).ranges());
    }

    @Test
    void ignoresReportsAfterTheAsOfDay() {
        Reports r = background().spread(7_045_551_000L, 60, 7, "2020-07-01", 1);

        FlaggedRanges f = new RangeForecaster().flag(r.build(), AS_OF, 1_000_000);

        assertThat(f.covers(7_045_551_000L)).isFalse();
    }

    @Test
    void staysWithinTheBudgetWithoutOverlaps() {
        ReportTable t = withCampaign(background()).build();

        for (long budget : new long[] {10, 100, 5_000, 123_456, 10_000_000}) {
            FlaggedRanges f = new RangeForecaster().flag(t, AS_OF, budget);
            assertThat(f.space()).isLessThanOrEqualTo(budget);
        }
    }

    @Test
    void settingsRefuseNoOriginsAndNameTheSetting() {
        assertThatThrownBy(() -> ForecastSettings.DEFAULTS.withOrigins(java.util.List.of()))
                .hasMessageContaining("origins");
    }

    @Test
    void listsTheMostConfidentRangeFirst() {
        FlaggedRanges f = new RangeForecaster().flag(withCampaign(background()).build(), AS_OF, 1_000_000);

        assertThat(f.ranges()).hasSizeGreaterThan(1);
        double first = f.ranges().getFirst().confidence();
        assertThat(f.ranges()).allSatisfy(r -> assertThat(r.confidence()).isLessThanOrEqualTo(first));
    }

    /**
     * In area 310 each block gets one new number a month, reported by people of that area (neighbour
     * spoofing); in area 505 a block flares once with four numbers in a month, reported from elsewhere,
     * and goes quiet. At the as-of day the blocks that flared in June look hotter by counts and recency;
     * only the training origins inside the past teach that the steady local ones are the ones that go on.
     */
    @Test
    void learnsFromThePastWhichKindOfRangeKeepsProducing() {
        ReportTable.Builder b = ReportTable.builder(NumberPlan.NANP);
        int reporter = 1;
        String[] months = {"2020-03-10", "2020-04-10", "2020-05-10", "2020-06-10"};
        for (int block = 0; block < 120; block++) {
            for (int m = 0; m < months.length; m++) {
                int day = (int) LocalDate.parse(months[m]).toEpochDay() + block % 10;
                b.add(3_105_000_000L + block * 10_000L + 37L * m, day, reporter++, 310);
                if (block % 4 == m) {
                    for (int k = 0; k < 4; k++) {
                        b.add(5_055_000_000L + block * 10_000L + 250L * k + m, day, reporter++, 999);
                    }
                }
            }
        }

        FlaggedRanges f = new RangeForecaster().flag(b.build(), AS_OF, 150_000);

        assertThat(f.ranges()).hasSizeGreaterThanOrEqualTo(100);
        assertThat(f.ranges().subList(0, 100)).allSatisfy(r -> assertThat(r.range().prefix()).startsWith("310"));
    }
}
