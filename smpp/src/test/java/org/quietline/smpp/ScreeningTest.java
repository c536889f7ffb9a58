package org.quietline.smpp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quietline.classify.Category;
import org.quietline.classify.Classification;
import org.quietline.classify.Classifier;
import org.quietline.number.PhoneNumber;
import org.quietline.number.Sender;
import org.quietline.screening.Action;
import org.quietline.screening.Policy;
import org.quietline.screening.Screener;
import org.quietline.screening.ScreeningEngine;
import org.quietline.screening.Sms;
import org.quietline.screening.Verdict;
import org.quietline.screening.shipped.ShippedScreening;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The fail-open / fail-closed setting (ADR 0051), with fake screeners; the category comes from the shipped
 * engine's reading (its classification rule included, ADR 0060) over a fake classifier.
 */
class ScreeningTest {

    private static final Screener BROKEN = subject -> {
        throw new IllegalStateException("the consent store is down");
    };
    private static final Screener STUCK = subject -> {
        try {
            Thread.sleep(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new Verdict(Action.ALLOW, 0, List.of(), Optional.empty(), Optional.empty(), "test");
    };
    /** Reads "code" as a verification code, "sale" as marketing, and anything else as a notice it is unsure of. */
    private static final Classifier CLASSIFIER = text -> text.contains("code")
            ? new Classification(Category.VERIFICATION_CODE, 0.9, 0.1)
            : text.contains("sale") ? new Classification(Category.MARKETING, 0.9, 0.6)
            : new Classification(Category.NOTIFICATION, 0.33, 0.2);
    private static final Policy POLICY = Policy.from(new Yaml(new SafeConstructor(new LoaderOptions()))
            .load(Policy.openShipped()));
    private static final FailurePolicy DEFAULTS = FailurePolicy.defaults(ShippedScreening.builder(POLICY, CLASSIFIER).build());

    private static Sms sms(String text) {
        return new Sms(Sender.parse("10690123"), PhoneNumber.parse("13912345678"), text, Instant.EPOCH);
    }

    private static Decision decide(Screener screener, FailurePolicy policy, Duration budget, String text) {
        try (Screening screening = new Screening(screener, policy, budget, VerdictLog.ignored())) {
            return screening.decide("p", sms(text));
        }
    }

    @Test
    void byDefaultAVerificationCodeFailsOpen() {
        Decision d = decide(BROKEN, DEFAULTS, Duration.ZERO, "your code 1234");
        assertThat(d).isEqualTo(new Decision.Forward("FAILED_OPEN"));
    }

    @Test
    void byDefaultMarketingFailsClosedWithARetryableStatus() {
        Decision d = decide(BROKEN, DEFAULTS, Duration.ZERO, "big sale");
        assertThat(d).isEqualTo(new Decision.Refuse("FAILED_CLOSED", StatusTable.SYSTEM_ERROR));
    }

    @Test
    void aNoticeTheClassifierIsUnsureOfFailsOpen() {
        Decision d = decide(BROKEN, DEFAULTS, Duration.ZERO, "【某店】您的订单已发货");
        assertThat(d).isEqualTo(new Decision.Forward("FAILED_OPEN"));
    }

    @Test
    void anUnsureNoticeWithAnOptOutInstructionFailsClosedAsTheEngineReadsItAsMarketing() {
        Decision d = decide(BROKEN, DEFAULTS, Duration.ZERO, "【某店】全场5折，回T退订");
        assertThat(d).isEqualTo(new Decision.Refuse("FAILED_CLOSED", StatusTable.SYSTEM_ERROR));
    }

    @Test
    void withoutAClassifierTheDefaultFailsClosed() {
        Decision d = decide(BROKEN, FailurePolicy.defaults(Optional.empty()), Duration.ZERO, "your code 1234");
        assertThat(d).isInstanceOf(Decision.Refuse.class);
        FailurePolicy withoutClassifier = FailurePolicy.defaults(ScreeningEngine.builder(POLICY).build());
        assertThat(decide(BROKEN, withoutClassifier, Duration.ZERO, "your code 1234")).isInstanceOf(Decision.Refuse.class);
    }

    @Test
    void aFailingClassifierFailsClosed() {
        Classifier broken = text -> {
            throw new IllegalStateException("model not loaded");
        };
        Decision d = decide(BROKEN, FailurePolicy.defaults(ShippedScreening.builder(POLICY, broken).build()), Duration.ZERO,
                "your code 1234");
        assertThat(d).isInstanceOf(Decision.Refuse.class);
    }

    @Test
    void theModeCanBeSetToOpenForEverything() {
        assertThat(decide(BROKEN, FailurePolicy.always(FailMode.OPEN), Duration.ZERO, "big sale"))
                .isEqualTo(new Decision.Forward("FAILED_OPEN"));
    }

    @Test
    void screeningThatOverrunsItsBudgetCountsAsFailed() {
        Decision d = decide(STUCK, DEFAULTS, Duration.ofMillis(50), "big sale");
        assertThat(d).isEqualTo(new Decision.Refuse("FAILED_CLOSED", StatusTable.SYSTEM_ERROR));
    }

    @Test
    void aVerdictWithinBudgetIsUsed() {
        Screener quick = subject -> new Verdict(Action.HOLD, 5, List.of(), Optional.empty(), Optional.empty(), "v1");
        assertThat(decide(quick, FailurePolicy.always(FailMode.OPEN), Duration.ofSeconds(5), "x"))
                .isEqualTo(new Decision.Refuse("HOLD", StatusTable.HELD));
    }
}
