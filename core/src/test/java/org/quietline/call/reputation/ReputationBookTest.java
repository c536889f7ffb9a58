package org.quietline.call.reputation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.quietline.call.CallLabel;
import org.quietline.call.Report;
import org.quietline.call.Reporter;
import org.quietline.number.PhoneNumber;

class ReputationBookTest {

    private static final PhoneNumber NUMBER = PhoneNumber.parse("13800138000");
    private static final Instant NOW = Instant.parse("2026-11-10T00:00:00Z");

    private static Report report(String reporter, CallLabel label, String at) {
        return new Report(new Reporter(reporter), NUMBER, label, Instant.parse(at));
    }

    @Test
    void countsDistinctReportersPerLabel() {
        ReputationBook book = new ReputationBook();
        for (int i = 0; i < 3; i++) {
            book.add(report("r" + i, CallLabel.RENOVATION, "2026-11-01T00:00:00Z"));
        }
        book.add(report("r9", CallLabel.SALES, "2026-11-01T00:00:00Z"));

        NumberReputation r = book.reputation(NUMBER, NOW);

        assertThat(r.reporters()).isEqualTo(4);
        assertThat(r.callerLabel()).contains("被 3 人标记为装修推销");
    }

    @Test
    void aRepeatedReportCountsOnce() {
        ReputationBook book = new ReputationBook();
        for (int i = 0; i < 50; i++) {
            book.add(report("same", CallLabel.HARASSMENT, "2026-11-01T00:00:00Z"));
        }

        assertThat(book.reputation(NUMBER, NOW).reporters()).isEqualTo(1);
    }

    @Test
    void anOlderReportArrivingLateDoesNotReplaceTheNewerOne() {
        ReputationBook book = new ReputationBook();
        book.add(report("r", CallLabel.NOT_SPAM, "2026-11-05T00:00:00Z"));
        book.add(report("r", CallLabel.FRAUD, "2026-11-01T00:00:00Z"));

        NumberReputation r = book.reputation(NUMBER, NOW);

        assertThat(r.reporters()).isZero();
        assertThat(r.vouches()).isEqualTo(1);
    }

    @Test
    void aReporterWhoFloodsWeighsLessPerReport() {
        ReputationBook calm = new ReputationBook();
        calm.add(report("calm", CallLabel.SALES, "2026-11-09T00:00:00Z"));
        ReputationBook flooded = new ReputationBook();
        flooded.add(report("flood", CallLabel.SALES, "2026-11-09T00:00:00Z"));
        for (int i = 0; i < 99; i++) {
            flooded.add(new Report(new Reporter("flood"), PhoneNumber.parse("1380013" + (8100 + i)), CallLabel.SALES,
                    Instant.parse("2026-11-09T00:00:00Z")));
        }

        assertThat(flooded.reputation(NUMBER, NOW).score()).isLessThan(calm.reputation(NUMBER, NOW).score() / 5);
    }

    @Test
    void reportsFadeWithAge() {
        ReputationBook book = new ReputationBook();
        book.add(report("r", CallLabel.SALES, "2026-11-09T00:00:00Z"));

        assertThat(book.reputation(NUMBER, NOW.plusSeconds(180L * 86400)).score())
                .isLessThan(book.reputation(NUMBER, NOW).score() / 5);
    }

    @Test
    void anUnreportedNumberIsUnknown() {
        assertThat(new ReputationBook().reputation(NUMBER, NOW).isKnown()).isFalse();
    }
}
