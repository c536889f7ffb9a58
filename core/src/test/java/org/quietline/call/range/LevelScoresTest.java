package org.quietline.call.range;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LevelScoresTest {

    private static final int AS_OF = (int) LocalDate.parse("2020-06-30").toEpochDay();
    private static final LevelScores.Weights WEIGHTS = new LevelScores.Weights(AS_OF, 60, 7, 1.0);

    private static LevelScores thousands(ReportTable.Builder b) {
        ReportTable t = b.build();
        return LevelScores.of(NumberHistory.of(t, AS_OF), t.plan(), 7, WEIGHTS);
    }

    @Test
    void countsNumbersReportedFromTheirOwnAreaAsLocal() {
        ReportTable.Builder b = ReportTable.builder(NumberPlan.NANP)
                .add(2025551001L, AS_OF - 5, 1, 202)
                .add(2025551002L, AS_OF - 5, 2, 303)
                .add(2025551003L, AS_OF - 5, 3, ReportTable.NO_AREA);

        LevelScores s = thousands(b);

        assertThat(s.measure(LevelScores.LOCAL, 2025551)).isEqualTo(1.0);
        assertThat(s.reporters[0]).isEqualTo(3);
    }

    @Test
    void recentCountsOnlyNumbersFirstReportedInTheWindow() {
        ReportTable.Builder b = ReportTable.builder(NumberPlan.NANP)
                .add(2025551001L, AS_OF - 2, 1)
                .add(2025551002L, AS_OF - 6, 2)
                .add(2025551003L, AS_OF - 7, 3)
                .add(2025551004L, AS_OF - 40, 4).add(2025551004L, AS_OF - 1, 5);

        assertThat(thousands(b).measure(LevelScores.RECENT, 2025551)).isEqualTo(2.0);
    }

    @Test
    void fadesFasterAtTheShortSpeedThanAtTheLong() {
        LevelScores s = thousands(ReportTable.builder(NumberPlan.NANP).add(2025551001L, AS_OF - 60, 1));

        assertThat(s.measure(LevelScores.SHORT, 2025551)).isCloseTo(Math.exp(-2), within(1e-9));
        assertThat(s.measure(LevelScores.MEMORY, 2025551)).isCloseTo(Math.exp(-1), within(1e-9));
        assertThat(s.measure(LevelScores.LONG, 2025551)).isCloseTo(Math.exp(-0.5), within(1e-9));
    }

    @Test
    void oneReporterMovesEveryMeasureOfARangeByAtMostTheCap() {
        ReportTable.Builder b = ReportTable.builder(NumberPlan.NANP);
        for (int i = 0; i < 500; i++) {
            b.add(2025551000L + i, AS_OF - 1, 9, 202);
        }

        LevelScores s = thousands(b);

        for (int m = 0; m < LevelScores.MEASURES; m++) {
            assertThat(s.measures[m][0]).as("measure %d", m).isLessThanOrEqualTo(1.0);
        }
    }
}
