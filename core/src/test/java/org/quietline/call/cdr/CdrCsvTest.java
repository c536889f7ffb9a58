package org.quietline.call.cdr;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quietline.call.CallRecord;
import org.quietline.number.PhoneNumber;

class CdrCsvTest {

    @Test
    void readsARecordAndWritesItBack() {
        CallRecord r = new CallRecord(PhoneNumber.parse("13800138000"), PhoneNumber.parse("13912345678"),
                Instant.parse("2026-11-16T01:00:00Z"), Duration.ofSeconds(42), true);

        assertThat(CdrCsv.read(CdrCsv.write(r))).isEqualTo(new CdrCsv.Row(r));
        assertThat(CdrCsv.read("138-0013-8000,+86 139 1234 5678,2026-11-16T09:00:00+08:00,42,yes")).isEqualTo(new CdrCsv.Row(r));
    }

    @Test
    void anUnansweredCallHasNoDuration() {
        assertThat(CdrCsv.read("13800138000,13912345678,2026-11-16T01:00:00Z,30,false"))
                .isEqualTo(new CdrCsv.Row(new CallRecord(PhoneNumber.parse("13800138000"), PhoneNumber.parse("13912345678"),
                        Instant.parse("2026-11-16T01:00:00Z"), Duration.ZERO, false)));
    }

    @Test
    void readsTheHeader() {
        assertThat(CdrCsv.read(CdrCsv.HEADER)).isInstanceOf(CdrCsv.Header.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "13800138000,13912345678,2026-11-16T01:00:00Z,3|FIELDS",
            "12,13912345678,2026-11-16T01:00:00Z,3,true|CALLER",
            "13800138000,,2026-11-16T01:00:00Z,3,true|CALLEE",
            "13800138000,13912345678,yesterday,3,true|START",
            "13800138000,13912345678,2026-11-16T01:00:00,3,true|START",
            "13800138000,13912345678,2026-11-16T01:00:00Z,-3,true|DURATION",
            "13800138000,13912345678,2026-11-16T01:00:00Z,3,maybe|ANSWERED"})
    void rejectsABrokenLineAndSaysWhy(String line, String problem) {
        assertThat(CdrCsv.read(line)).isEqualTo(new CdrCsv.Rejected(problem));
    }
}
