package org.quietline.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class NormaliserTest {

    @Test
    void fullWidthFormsReadAsTheirAsciiTwins() {
        assertThat(Normaliser.render("ＦＲＥＥ　ｗｉｆｉ！")).isEqualTo("free wifi!");
    }

    @Test
    void upperCaseReadsAsLowerCase() {
        assertThat(Normaliser.render("FREE Entry ΑΒΓ")).isEqualTo("free entry αβγ");
    }

    @Test
    void cjkPunctuationReadsAsAscii() {
        assertThat(Normaliser.render("【京东】您好，欢迎。“好”")).isEqualTo("[京东]您好,欢迎.\"好\"");
    }

    @Test
    void maskedAndRealMobileNumbersReadAlike() {
        assertThat(Normaliser.render("详询xxxxxxxxxxx王经理")).isEqualTo("详询⟨MOBILE⟩王经理")
                .isEqualTo(Normaliser.render("详询13912345678王经理"));
    }

    @Test
    void mobileNumbersInEveryCommonFormReadAsMobile() {
        assertThat(Arrays.asList("139 1234 5678", "139-1234-5678", "8613912345678", "１３９１２３４５６７８"))
                .allSatisfy(number -> assertThat(Normaliser.render(number)).isEqualTo("⟨MOBILE⟩"));
    }

    @Test
    void maskedAndRealLandlinesReadAlike() {
        assertThat(Normaliser.render("电话xxxx-xxxxxxxx")).isEqualTo("电话⟨LANDLINE⟩")
                .isEqualTo(Normaliser.render("电话0591-87654321"));
    }

    @Test
    void maskedAndRealCodesReadAlike() {
        assertThat(Normaliser.render("验证码：xxxxxx。")).isEqualTo("验证码:⟨DIGITS_6⟩.")
                .isEqualTo(Normaliser.render("验证码：638201。"));
    }

    @Test
    void amountsReadAsDecimals() {
        assertThat(Normaliser.render("支出1,280.00元，x.xx折")).isEqualTo("支出⟨DECIMAL⟩元,⟨DECIMAL⟩折");
    }

    @Test
    void serviceNumbersKeepTheirKind() {
        assertThat(Normaliser.render("致电95588或4008206688，端口10690012345"))
                .isEqualTo("致电⟨SERVICE_NUMBER⟩或⟨HOTLINE⟩,端口⟨SERVICE_PORT⟩");
    }

    @Test
    void addressesReadAsOneShape() {
        assertThat(Normaliser.render("点击 http://ccb-secure.top/verify?id=1 或 www.10086.cn，邮件a.b@qq.com"))
                .isEqualTo("点击 ⟨URL⟩ 或 ⟨URL⟩,邮件⟨EMAIL⟩");
    }

    @Test
    void linkShortenersAreTheirOwnShape() {
        assertThat(Normaliser.render("详见 t.cn/A6xYz9Kq 。")).isEqualTo("详见 ⟨SHORT_URL⟩ .");
    }

    @Test
    void abbreviationsAndAmountsAreNotAddresses() {
        assertThat(Normaliser.render("e.g. 29.80")).isEqualTo("e.g. ⟨DECIMAL⟩");
    }

    @Test
    void anXInsideAWordStaysALetter() {
        assertThat(Normaliser.render("Xbox XXL next")).isEqualTo("xbox xxl next");
    }

    @Test
    void zeroWidthCharactersVanishAndBlanksCollapse() {
        assertThat(Normaliser.render("退\u200B订 \t\n 回复")).isEqualTo("退订 回复");
    }

    @Test
    void emojiAndBrokenSurrogatesStaySymbols() {
        assertThat(Normaliser.render("好😀\uD800")).isEqualTo("好😀\uFFFD");
    }

    @Test
    void maskedAndRealDigitsGiveTheSameFeatures() {
        int[] masked = new int[Features.capacity(100)];
        int[] real = new int[Features.capacity(100)];
        int maskedCount = Features.extract("您的验证码为xxxxxx，详询xxxxxxxxxxx", 18, masked);
        int realCount = Features.extract("您的验证码为638201，详询13912345678", 18, real);
        assertThat(Arrays.copyOf(real, realCount)).isEqualTo(Arrays.copyOf(masked, maskedCount));
    }
}
