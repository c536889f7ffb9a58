package org.quietline.smpp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ReceiptTextTest {

    private static final byte[] RECEIPT = ("id:1234567890 sub:001 dlvrd:001 submit date:2611010930 done date:2611010931"
            + " stat:DELIVRD err:000 text:hello").getBytes(StandardCharsets.ISO_8859_1);

    @Test
    void readsTheId() {
        assertThat(ReceiptText.id(RECEIPT)).contains("1234567890");
    }

    @Test
    void replacesTheIdAndKeepsTheRest() {
        String out = new String(ReceiptText.withId(RECEIPT, "00000000000000ab"), StandardCharsets.ISO_8859_1);
        assertThat(out).startsWith("id:00000000000000ab sub:001").endsWith("stat:DELIVRD err:000 text:hello");
    }

    @Test
    void aTextWithoutIdIsLeftAlone() {
        byte[] text = "stat:DELIVRD".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(ReceiptText.id(text)).isEmpty();
        assertThat(ReceiptText.withId(text, "x")).isEqualTo(text);
    }

    @Test
    void hexResponsesAndDecimalReceiptsMeetUnderOneKey() {
        assertThat(SmscIdForm.HEX_THEN_DECIMAL.keyOfResponseId("1f")).isEqualTo("31");
        assertThat(SmscIdForm.HEX_THEN_DECIMAL.keyOfReceiptId("0031")).isEqualTo("31");
        assertThat(SmscIdForm.AS_GIVEN.keyOfResponseId("1f")).isEqualTo("1f");
    }
}
