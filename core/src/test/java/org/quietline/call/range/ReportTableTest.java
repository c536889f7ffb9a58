package org.quietline.call.range;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReportTableTest {

    @Test
    void sortsRowsAddedOutOfOrderByNumberReporterAndDay() {
        ReportTable t = Reports.us()
                .add("2025550199", "2020-05-02", 7)
                .add("2025550100", "2020-05-03", 9)
                .add("2025550199", "2020-05-01", 7)
                .add("2025550100", "2020-05-01", 3)
                .build();

        assertThat(t.number(0)).isEqualTo(2025550100L);
        assertThat(t.reporter(0)).isEqualTo(3);
        assertThat(t.reporter(1)).isEqualTo(9);
        assertThat(t.day(2)).isLessThan(t.day(3));
        assertThat(t.firstDay()).hasToString("2020-05-01");
        assertThat(t.lastDay()).hasToString("2020-05-03");
    }

    @Test
    void keepsDuplicateRows() {
        ReportTable t = Reports.us().add("2025550100", "2020-05-01", 3).add("2025550100", "2020-05-01", 3).build();

        assertThat(t.size()).isEqualTo(2);
    }

    @Test
    void refusesANumberLongerThanThePlanAllows() {
        assertThatThrownBy(() -> ReportTable.builder(NumberPlan.NANP).add(12025550100L, 0, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("10 digits");
    }

    @Test
    void foldsReportsPerNumberWithDistinctReporters() {
        ReportTable t = Reports.us()
                .add("2025550100", "2020-05-03", 1)
                .add("2025550100", "2020-05-01", 1)
                .add("2025550100", "2020-05-02", 2)
                .add("2025550101", "2020-05-09", 1)
                .build();

        NumberHistory h = NumberHistory.of(t, (int) java.time.LocalDate.parse("2020-05-05").toEpochDay());

        assertThat(h.size).isEqualTo(1);
        assertThat(h.reporters(0)).isEqualTo(2);
        assertThat(h.firstDay[0]).isEqualTo((int) java.time.LocalDate.parse("2020-05-01").toEpochDay());
    }
}
