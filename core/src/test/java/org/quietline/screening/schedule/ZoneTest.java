package org.quietline.screening.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ZoneTest {

    /** Zones without rules now (Shanghai, Moscow since 2014, Kolkata), with daylight saving, fixed ones. */
    @ParameterizedTest
    @ValueSource(strings = {"Asia/Shanghai", "Europe/Moscow", "Asia/Kolkata", "America/New_York", "Europe/London",
            "Australia/Lord_Howe", "UTC", "Etc/GMT+5", "Asia/Tokyo", "America/Sao_Paulo"})
    void theOffsetIsTheRulesOffsetAtAnyInstant(String name) {
        var rules = ZoneId.of(name).getRules();
        Zone zone = Zone.of(name, rules);
        SplittableRandom random = new SplittableRandom(name.hashCode());
        long from = Instant.parse("1890-01-01T00:00:00Z").getEpochSecond();
        long to = Instant.parse("2200-01-01T00:00:00Z").getEpochSecond();
        for (int i = 0; i < 20_000; i++) {
            Instant at = Instant.ofEpochSecond(random.nextLong(from, to));
            assertThat(zone.offsetSeconds(at)).as("%s at %s", name, at).isEqualTo(rules.getOffset(at).getTotalSeconds());
        }
        for (var t : rules.getTransitions()) {
            for (long d = -1; d <= 1; d++) {
                Instant at = Instant.ofEpochSecond(t.toEpochSecond() + d);
                assertThat(zone.offsetSeconds(at)).as("%s at %s", name, at).isEqualTo(rules.getOffset(at).getTotalSeconds());
            }
        }
    }
}
