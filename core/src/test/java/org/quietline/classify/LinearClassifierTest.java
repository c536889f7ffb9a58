package org.quietline.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LinearClassifierTest {

    private final LinearClassifier classifier = LinearClassifier.shipped();

    @Test
    void anEmptyTextGetsAnAnswer() {
        assertValid(classifier.classify(""));
    }

    @Test
    void aTenKilobyteTextGetsAnAnswer() {
        assertValid(classifier.classify("优惠活动，详询13912345678。".repeat(600)));
    }

    @Test
    void emojiAndMixedScriptsGetAnAnswer() {
        assertValid(classifier.classify("😀🎉 Привет 你好 مرحبا こんにちは 안녕 ＦＵＬＬ ｗｉｄｔｈ"));
    }

    @Test
    void binaryJunkGetsAnAnswer() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 2_000; i++) {
            char[] junk = new char[random.nextInt(0, 300)];
            for (int k = 0; k < junk.length; k++) {
                junk[k] = (char) random.nextInt(0, 0x10000);
            }
            assertValid(classifier.classify(new String(junk)));
        }
    }

    @Test
    void aVerificationCodeIsAVerificationCodeAndNotSpam() {
        Classification c = classifier.classify("【招商银行】您的验证码为638201，用于快捷支付，5分钟内有效，请勿泄露。");
        assertThat(c.category()).isEqualTo(Category.VERIFICATION_CODE);
        assertThat(c.spamScore()).isLessThan(0.5);
    }

    @Test
    void anUnsolicitedLoanOfferIsSpam() {
        Classification c = classifier.classify("急用钱找我们！无抵押信用贷款，当天放款，额度1-50万，详询13912345678王经理。");
        assertThat(c.spamScore()).isGreaterThan(0.5);
    }

    @Test
    void theSameTextAlwaysGetsTheSameAnswer() {
        String text = "您尾号6612卡11月21日14:32网上银行支出1,280.00元。【工商银行】";
        assertThat(classifier.classify(text)).isEqualTo(classifier.classify(text));
    }

    private static void assertValid(Classification c) {
        assertThat(c.confidence()).isBetween(0.2, 1.0);
        assertThat(c.spamScore()).isBetween(0.0, 1.0);
    }
}
