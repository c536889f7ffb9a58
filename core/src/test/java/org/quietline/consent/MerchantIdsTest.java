package org.quietline.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class MerchantIdsTest {

    @Test
    void aTextMakesTheIdItMakesAloneAndTheSameInstanceEachTime() {
        MerchantIds ids = new MerchantIds(100);
        for (String text : List.of("优选商城", " 优选商城 ", "m-17", "", "x".repeat(65), "某\u0007某")) {
            assertThat(ids.of(text)).as(text).isEqualTo(MerchantId.tryOf(text));
            assertThat(ids.of(new String(text))).as(text).isSameAs(ids.of(text));
        }
        assertThat(ids.of("优选商城").orElseThrow()).isSameAs(ids.of("优选商城").orElseThrow());
    }

    @Test
    void itRemembersNoMoreThanItsMostAndStillAnswers() {
        MerchantIds ids = new MerchantIds(50);
        for (int i = 0; i < 1_000; i++) {
            assertThat(ids.of("商户" + i)).contains(new MerchantId("商户" + i));
            assertThat(ids.size()).isBetween(1, 50);
        }
    }

    @Test
    void rememberingNothingIsRefused() {
        assertThatThrownBy(() -> new MerchantIds(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
