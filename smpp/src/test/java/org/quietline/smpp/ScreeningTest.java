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
import org.quietline.screening.Screener;
import org.quietline.screening.Sms;
import org.quietline.screening.Verdict;

/** The fail-open / fail-closed setting (ADR 0051), with fake screeners and a fake classifier. */
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
    /** Reads "code" as a verification code and anything else as marketing. */
    private static final Classifier CLASSIFIER = text -> new Classification(
            text.contains("code") ? Category.VERIFICATION_CODE : Category.MARKETING, 0.9, 0.1);

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
        Decision d = decide(BROKEN, FailurePolicy.defaults(Optional.of(CLASSIFIER)), Duration.ZERO, "your code 1234");
        assertThat(d).isEqualTo(new Decision.Forward("FAILED_OPEN"));
    }

    @Test
    void byDefaultMarketingFailsClosedWithARetryableStatus() {
        Decision d = decide(BROKEN, FailurePolicy.defaults(Optional.of(CLASSIFIER)), Duration.ZERO, "big sale");
        assertThat(d).isEqualTo(new Decision.Refuse("FAILED_CLOSED", StatusTable.SYSTEM_ERROR));
    }

    @Test
    void withoutAClassifierTheDefaultFailsClosed() {
        Decision d = decide(BROKEN, FailurePolicy.defaults(Optional.empty()), Duration.ZERO, "your code 1234");
        assertThat(d).isInstanceOf(Decision.Refuse.class);
    }

    @Test
    void aFailingClassifierFailsClosed() {
        Classifier broken = text -> {
            throw new IllegalStateException("model not loaded");
        };
        Decision d = decide(BROKEN, FailurePolicy.defaults(Optional.of(broken)), Duration.ZERO, "your code 1234");
        assertThat(d).isInstanceOf(Decision.Refuse.class);
    }

    @Test
    void theModeCanBeSetToOpenForEverything() {
        assertThat(decide(BROKEN, FailurePolicy.always(FailMode.OPEN), Duration.ZERO, "big sale"))
                .isEqualTo(new Decision.Forward("FAILED_OPEN"));
    }

    @Test
    void screeningThatOverrunsItsBudgetCountsAsFailed() {
        Decision d = decide(STUCK, FailurePolicy.defaults(Optional.of(CLASSIFIER)), Duration.ofMillis(50), "big sale");
        assertThat(d).isEqualTo(new Decision.Refuse("FAILED_CLOSED", StatusTable.SYSTEM_ERROR));
    }

    @Test
    void aVerdictWithinBudgetIsUsed() {
        Screener quick = subject -> new Verdict(Action.HOLD, 5, List.of(), Optional.empty(), Optional.empty(), "v1");
        assertThat(decide(quick, FailurePolicy.always(FailMode.OPEN), Duration.ofSeconds(5), "x"))
                .isEqualTo(new Decision.Refuse("HOLD", StatusTable.HELD));
    }
}
