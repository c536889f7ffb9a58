package org.quietline.call.reputation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quietline.call.CallLabel;
import org.quietline.call.Report;
import org.quietline.call.Reporter;
import org.quietline.number.PhoneNumber;

/** What every {@link ReportLog} does; run by the in-memory and the JDBC log. */
public interface ReportLogContract {

    /** A fresh, empty log. */
    ReportLog log();

    private static Report report(String reporter, String number, CallLabel label, String at, Optional<String> note) {
        return new Report(new Reporter(reporter), PhoneNumber.parse(number), label, Instant.parse(at), note);
    }

    @Test
    default void replaysWhatWasAppendedOldestFirst() {
        ReportLog log = log();
        Report late = report("r1", "13800138000", CallLabel.RENOVATION, "2026-11-02T10:00:00Z", Optional.of("说是装修公司"));
        Report early = report("r2", "+1 202 555 0123", CallLabel.NOT_SPAM, "2026-11-01T10:00:00Z", Optional.empty());
        log.append(List.of(late, early));

        List<Report> seen = new ArrayList<>();
        log.replay(seen::add);

        assertThat(seen).containsExactly(early, late);
        assertThat(log.size()).isEqualTo(2);
    }

    @Test
    default void keepsDuplicatesAsTheyCame() {
        ReportLog log = log();
        Report r = report("r1", "13800138000", CallLabel.SALES, "2026-11-02T10:00:00Z", Optional.empty());
        log.append(List.of(r));
        log.append(List.of(r));

        assertThat(log.size()).isEqualTo(2);
    }

    @Test
    default void anEmptyBatchChangesNothing() {
        ReportLog log = log();
        log.append(List.of());

        assertThat(log.size()).isZero();
    }
}
