package org.quietline.server.screening;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.quietline.classify.Category;

class KeywordClassifierTest {

    private final KeywordClassifier classifier = new KeywordClassifier();

    @Test
    void aCodeWithDigitsIsAVerificationCode() {
        assertThat(classifier.classify("【招商银行】您的验证码为 384920，5分钟内有效").category()).isEqualTo(Category.VERIFICATION_CODE);
    }

    @Test
    void aFreezeLureWithALinkIsFraud() {
        assertThat(classifier.classify("您的账户存在异常，请立即登录 http://x.top 验证身份").category()).isEqualTo(Category.FRAUD);
    }

    @Test
    void aSaleWithAnOptOutLineIsMarketing() {
        assertThat(classifier.classify("【某某商城】全场5折起，回T退订").category()).isEqualTo(Category.MARKETING);
    }

    @Test
    void aShippingNoticeIsANotification() {
        assertThat(classifier.classify("您的订单已发货，顺丰快递").category()).isEqualTo(Category.NOTIFICATION);
    }

    @Test
    void anythingElseIsPersonalWithLittleConfidence() {
        assertThat(classifier.classify("晚上一起吃饭吗？").category()).isEqualTo(Category.PERSONAL);
        assertThat(classifier.classify("").confidence()).isLessThanOrEqualTo(0.5);
    }
}
