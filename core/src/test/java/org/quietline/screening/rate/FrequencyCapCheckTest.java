package org.quietline.screening.rate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.quietline.classify.Category;
import org.quietline.classify.Classification;
import org.quietline.number.PhoneNumber;
import org.quietline.number.SenderCode;
import org.quietline.screening.Action;
import org.quietline.screening.FakeClassifier;
import org.quietline.screening.ScreeningEngine;
import org.quietline.screening.Sms;
import org.quietline.screening.Yaml;

class FrequencyCapCheckTest {

    private final InMemoryRateCounter counter = new InMemoryRateCounter(100, 100, Duration.ofDays(7));
    private final ScreeningEngine engine = ScreeningEngine.builder(Yaml.shipped())
            .classifier(new FakeClassifier(new Classification(Category.MARKETING, 0.9, 0.3)))
            .ticker(() -> 0)
            .check(FrequencyCapCheck.NAME, s -> new FrequencyCapCheck(s, counter))
            .build();

    private static Sms marketingAt(String time) {
        return new Sms(SenderCode.parse("1069055512"), PhoneNumber.parse("13912345678"), "【店】上新，回T退订",
                Instant.parse(time));
    }

    @Test
    void theThirdDeliveredMessageFromOneSenderIsDeferred() {
        engine.screen(marketingAt("2026-11-11T01:00:00Z"));
        engine.screen(marketingAt("2026-11-11T02:00:00Z"));

        assertThat(engine.screen(marketingAt("2026-11-11T03:00:00Z")).action()).isEqualTo(Action.DEFER);
    }

    @Test
    void previewsUseUpNothing() {
        for (int i = 0; i < 5; i++) {
            engine.preview(marketingAt("2026-11-11T01:00:00Z"));
        }

        assertThat(engine.screen(marketingAt("2026-11-11T03:00:00Z")).action()).isEqualTo(Action.ALLOW);
    }

    @Test
    void theWindowSlides() {
        engine.screen(marketingAt("2026-11-10T01:00:00Z"));
        engine.screen(marketingAt("2026-11-10T02:00:00Z"));

        assertThat(engine.screen(marketingAt("2026-11-11T02:00:01Z")).action()).isEqualTo(Action.ALLOW);
    }
}
