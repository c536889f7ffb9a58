package org.quietline.screening.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.quietline.classify.Category;
import org.quietline.classify.Classification;
import org.quietline.number.PhoneNumber;
import org.quietline.number.SenderCode;
import org.quietline.screening.Examination;
import org.quietline.screening.PolicyException;
import org.quietline.screening.Settings;
import org.quietline.screening.Sms;
import org.quietline.screening.Subject;

class QuietHoursCheckTest {

    private static Settings settings(String from, String to, String zone) {
        return Settings.of("checks.quiet-hours", Map.of("from", from, "to", to, "categories", List.of("marketing"),
                "min-confidence", 0.5, "default-time-zone", zone, "time-zones", Map.of("CN", "Asia/Shanghai")));
    }

    /** An examination of marketing to {@code recipient} at {@code at}, remembering what is reported. */
    private static final class Seen implements Examination {
        final Sms sms;
        String reported = "";

        Seen(String recipient, String at) {
            sms = new Sms(SenderCode.parse("10690123"), PhoneNumber.parse(recipient), "【店】促销", Instant.parse(at));
        }

        public Subject subject() {
            return sms;
        }

        public java.util.Optional<Classification> classification() {
            return java.util.Optional.of(new Classification(Category.MARKETING, 0.9, 0.5));
        }

        public void report(String signal, double strength, String evidence) {
            reported = signal + " " + evidence;
        }
    }

    @ParameterizedTest(name = "{0} → quiet: {1}")
    @CsvSource({
            "2026-11-11T12:59:59Z, false",  // 20:59:59 in Shanghai
            "2026-11-11T13:00:00Z, true",   // 21:00
            "2026-11-11T18:00:00Z, true",   // 02:00
            "2026-11-11T23:59:59Z, true",   // 07:59:59
            "2026-11-12T00:00:00Z, false",  // 08:00
    })
    void quietHoursWrapMidnightInTheRecipientsZone(String at, boolean quiet) {
        Seen e = new Seen("13912345678", at);

        new QuietHoursCheck(settings("21:00", "08:00", "UTC")).inspect(e);

        assertThat(!e.reported.isEmpty()).isEqualTo(quiet);
    }

    @Test
    void theEvidenceGivesTheLocalTimeAndTheZone() {
        Seen e = new Seen("13912345678", "2026-11-11T14:30:00Z");

        new QuietHoursCheck(settings("21:00", "08:00", "UTC")).inspect(e);

        assertThat(e.reported).isEqualTo("QUIET_HOURS_MARKETING 22:30 in Asia/Shanghai, quiet 21:00–08:00");
    }

    @Test
    void aRegionNotListedUsesTheDefaultZone() {
        Seen e = new Seen("+44 7911 123456", "2026-11-11T22:30:00Z");

        new QuietHoursCheck(settings("22:00", "23:00", "Europe/London")).inspect(e);

        assertThat(e.reported).contains("22:30 in Europe/London");
    }

    @Test
    void anUnknownZoneIsNamed() {
        assertThatThrownBy(() -> new QuietHoursCheck(settings("21:00", "08:00", "Asia/Beijing")))
                .isInstanceOf(PolicyException.class)
                .hasMessage("checks.quiet-hours.default-time-zone: 'Asia/Beijing' is not a time zone such as Asia/Shanghai");
    }

    @Test
    void quietHoursOfNoLengthAreRefused() {
        assertThatThrownBy(() -> new QuietHoursCheck(settings("21:00", "21:00", "UTC")))
                .isInstanceOf(PolicyException.class).hasMessageContaining("checks.quiet-hours.to");
    }
}
