package org.quietline.screening.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

/** The content check as the engine's classification rule (ADR 0060). */
class ContentCheckTest {

    private static Settings settings(List<String> codeCategories, List<String> instructionCategories) {
        return Settings.of("checks.content", Map.of("min-confidence", 0.5, "spam-from", 0.5,
                "one-time-code", Map.of("categories", codeCategories, "below", 1, "confidence", 0.8),
                "opt-out-instruction", Map.of("categories", instructionCategories, "below", 0.7, "confidence", 0.8)));
    }

    private final ContentCheck check = new ContentCheck(settings(List.of("notification", "marketing", "personal"),
            List.of("notification", "personal")));

    private static Examination of(String text) {
        Sms sms = new Sms(SenderCode.parse("10690555"), PhoneNumber.parse("13912345678"), text, Instant.EPOCH);
        return new Examination() {
            @Override
            public Subject subject() {
                return sms;
            }

            @Override
            public Optional<Classification> classification() {
                throw new AssertionError("a rule must not ask for the classification it is making");
            }

            @Override
            public void report(String signal, double strength, String evidence) {
                throw new AssertionError("a rule reports nothing");
            }
        };
    }

    @Test
    void anInstructionMakesAnUnsureNoticeMarketingWithTheConfiguredConfidence() {
        var revised = check.revise(new Classification(Category.NOTIFICATION, 0.33, 0.02), of("【某店】全场5折，回T退订"));

        assertThat(revised).contains(new Classification(Category.MARKETING, 0.8, 0.02));
    }

    @Test
    void anUnsurePersonalTextWithAnInstructionIsMarketingToo() {
        assertThat(check.revise(new Classification(Category.PERSONAL, 0.6, 0.0), of("股市有风险--胡东升[回B退订]")))
                .map(Classification::category).contains(Category.MARKETING);
    }

    @Test
    void aSureReadingKeepsItsCategory() {
        assertThat(check.revise(new Classification(Category.NOTIFICATION, 0.7, 0.02), of("【某店】您的订单已发货。回T退订"))).isEmpty();
    }

    @Test
    void aCodeOrFraudIsNeverOverruled() {
        assertThat(check.revise(new Classification(Category.VERIFICATION_CODE, 0.4, 0.0), of("【某店】验证码1234，回T退订"))).isEmpty();
        assertThat(check.revise(new Classification(Category.FRAUD, 0.4, 0.0), of("【某店】中奖了，回T退订"))).isEmpty();
    }

    @Test
    void aMentionOfUnsubscribingIsNotAnInstruction() {
        assertThat(check.revise(new Classification(Category.NOTIFICATION, 0.4, 0.0), of("【中国移动】您已成功退订流量包"))).isEmpty();
    }

    @Test
    void aCodeIsACodeWhateverTheClassifierMadeOfItAndWhateverFooterItCarries() {
        assertThat(check.revise(new Classification(Category.MARKETING, 0.77, 0.02), of("【脉脉】验证码：8887，欢迎使用脉脉，回复N退订")))
                .contains(new Classification(Category.VERIFICATION_CODE, 0.8, 0.02));
        assertThat(check.revise(new Classification(Category.NOTIFICATION, 0.95, 0.0), of("请输入短信动态密码：【100328】。【交通银行】")))
                .map(Classification::category).contains(Category.VERIFICATION_CODE);
    }

    @Test
    void aCodeWordWithoutDigitsIsNoCode() {
        assertThat(check.revise(new Classification(Category.NOTIFICATION, 0.9, 0.0), of("【某银行】验证码已发送，请查收"))).isEmpty();
        assertThat(check.revise(new Classification(Category.NOTIFICATION, 0.9, 0.0), of("【某银行】验证码为123456789012"))).isEmpty();
    }

    @Test
    void fraudCannotBeListedAsOverruledByACode() {
        assertThatThrownBy(() -> new ContentCheck(settings(List.of("fraud"), List.of("notification"))))
                .isInstanceOf(PolicyException.class)
                .hasMessageStartingWith("checks.content.one-time-code.categories: 'fraud' cannot be overruled");
    }

    @Test
    void aCodeCannotBeListedAsOverruledByAnInstruction() {
        assertThatThrownBy(() -> new ContentCheck(settings(List.of("notification"), List.of("notification", "verification-code"))))
                .isInstanceOf(PolicyException.class)
                .hasMessageStartingWith("checks.content.opt-out-instruction.categories: 'verification-code' cannot be overruled");
    }
}
