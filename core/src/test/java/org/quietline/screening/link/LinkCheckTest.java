package org.quietline.screening.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LinkCheckTest {

    @Test
    void aLongDigitRunInAHostIsMaskedInTheEvidence() {
        assertThat(LinkCheck.shown("13912345678.top")).isEqualTo("139****5678.top");
    }

    @Test
    void aLongHostIsShortened() {
        assertThat(LinkCheck.shown("a".repeat(100) + ".com")).hasSize(64).endsWith("…");
    }

    @Test
    void shortDigitRunsAreShown() {
        assertThat(LinkCheck.shown("12306.cn")).isEqualTo("12306.cn");
    }
}
