package org.quietline.classify.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quietline.classify.Category;

class CorpusTest {

    @Test
    void spamAndHamLinesCarryTheirLabelAndARuleCategory() {
        Example code = Corpus.parse("ham\t您的验证码为123456，请勿泄露。").orElseThrow();
        assertThat(code.spam()).isFalse();
        assertThat(code.category()).contains(Category.VERIFICATION_CODE);
        assertThat(Corpus.parse("SPAM\t全场五折").orElseThrow().spam()).isTrue();
    }

    @Test
    void theSixKindsMapToMarketingOrFraud() {
        assertThat(Corpus.parse("冒充银行扣款类、提供姓名及卡号转账诈骗\t卡号xxxx").orElseThrow().category())
                .contains(Category.FRAUD);
        assertThat(Corpus.parse("贷款诈骗\t无抵押贷款").orElseThrow().category()).contains(Category.MARKETING);
        assertThat(Corpus.parse("招聘信息\t招聘司机").orElseThrow().spam()).isTrue();
    }

    @Test
    void fakeBaseStationLinesAreJoinedAndTheirPlaceholdersFilledIn() {
        Example example = Corpus.parse("FR:Phishing(Bank)\t您的 积分 可 兑换 现金 点击 URLdfge 详询 CELLPHONE NAME").orElseThrow();
        assertThat(example.text()).isEqualTo("您的积分可兑换现金点击http://example.cn/a详询13800000000");
        assertThat(example.category()).contains(Category.FRAUD);
    }

    @Test
    void aSpaceSurvivesBetweenTwoLatinWords() {
        assertThat(Corpus.joinSegmented("买 iPhone X 送 DIGIT 元")).isEqualTo("买iPhone X送8元");
    }

    @Test
    void politicalPropagandaIsSpamWithoutACategory() {
        assertThat(Corpus.parse("IL:Political_propaganda\t文字").orElseThrow().category()).isEmpty();
    }

    @Test
    void linesWithoutATabOrWithAnUnknownLabelAreSkipped() {
        assertThat(Corpus.parse("just text")).isEmpty();
        assertThat(Corpus.parse("maybe\ttext")).isEmpty();
    }

    @Test
    void rulesTellNotificationsFromPersonalMessages() {
        assertThat(CategoryRules.derive("【顺丰】您的快件已签收", false)).contains(Category.NOTIFICATION);
        assertThat(CategoryRules.derive("晚上一起吃饭吗", false)).contains(Category.PERSONAL);
        assertThat(CategoryRules.derive("恭喜中奖，请汇款领奖", true)).contains(Category.FRAUD);
        assertThat(CategoryRules.derive("新店开业全场八折", true)).contains(Category.MARKETING);
        assertThat(CategoryRules.derive("  ", false)).isEqualTo(Optional.empty());
    }
}
