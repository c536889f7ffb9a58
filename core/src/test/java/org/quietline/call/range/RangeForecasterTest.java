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

    /**
     * Area 505 holds the /10000 blocks the model of that size learns from: blocks whose numbers each three
     * people report, three a month; blocks that burst with 40 numbers in one month and stop; blocks with one
     * pair of reports. In area 707, 60 neighbouring /100 blocks of one /10000 block each get a new number a
     * month. That /10000 block looks like none of those the model learnt from, and the model extrapolates:
     * it promises thousands of new numbers, far more than the /10000 blocks it ranked best brought at the
     * training origins. Scaled by that, the block is not flagged whole: its 60 producing /100 blocks are,
     * and its empty rest is not (without the scaling it is flagged whole).
     */
    @Test
    void aSizeWhoseBestRangesBroughtLessThanPromisedIsScaledDown() {
        ReportTable.Builder b = ReportTable.builder(NumberPlan.NANP);
        int reporter = 1;
        LocalDate start = LocalDate.parse("2020-01-01");
        for (int block = 0; block < 100; block++) {
            for (int m = 0; m < 6; m++) {
                for (int k = 0; k < 3; k++) {
                    long number = 5_055_000_000L + block * 10_000L + 100L * k + 7L * m;
                    int day = (int) start.plusMonths(m).plusDays(block % 25 + 2 * k).toEpochDay();
                    for (int person = 0; person < 3; person++) {
                        b.add(number, day, reporter++, 999);
                    }
                }
            }
        }
        for (int block = 0; block < 60; block++) {
            for (int k = 0; k < 40; k++) {
                b.add(5_065_000_000L + block * 10_000L + 23L * k,
                        (int) start.plusMonths(block % 6).plusDays(k % 28).toEpochDay(), reporter++, 999);
            }
        }
        for (int block = 0; block < 300; block++) {
            for (int k = 0; k < 2; k++) {
                b.add(5_075_000_000L + block * 10_000L + 11L * k,
                        (int) start.plusMonths(block % 6).plusDays(k).toEpochDay(), reporter++, 999);
            }
        }
        for (int block = 0; block < 60; block++) {
            for (int m = 0; m < 6; m++) {
                b.add(7_075_550_000L + block * 100L + 13L * m, (int) start.plusMonths(m).plusDays(block % 28).toEpochDay(),
                        reporter++, 999);
            }
        }

        FlaggedRanges f = new RangeForecaster().flag(b.build(), AS_OF, 60_000);

        for (int block = 0; block < 60; block++) {
            assertThat(f.covers(7_075_550_000L + block * 100L)).isTrue();
        }
        assertThat(f.covers(7_075_559_950L)).isFalse();
    }
}
