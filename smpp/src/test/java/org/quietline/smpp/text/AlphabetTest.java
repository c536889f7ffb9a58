package org.quietline.smpp.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AlphabetTest {

    @Test
    void dataCodingsOfSmpp34() {
        assertThat(Alphabet.of((byte) 0x00, false)).isEqualTo(Alphabet.GSM7);
        assertThat(Alphabet.of((byte) 0x00, true)).isEqualTo(Alphabet.LATIN1);
        assertThat(Alphabet.of((byte) 0x01, false)).isEqualTo(Alphabet.ASCII);
        assertThat(Alphabet.of((byte) 0x03, false)).isEqualTo(Alphabet.LATIN1);
        assertThat(Alphabet.of((byte) 0x08, false)).isEqualTo(Alphabet.UCS2);
        assertThat(Alphabet.of((byte) 0x04, false)).isEqualTo(Alphabet.BINARY);
    }

    @Test
    void gsmCodingGroups() {
        assertThat(Alphabet.of((byte) 0x18, false)).isEqualTo(Alphabet.UCS2);
        assertThat(Alphabet.of((byte) 0xF0, false)).isEqualTo(Alphabet.GSM7);
        assertThat(Alphabet.of((byte) 0xF4, false)).isEqualTo(Alphabet.BINARY);
        assertThat(Alphabet.of((byte) 0x30, false)).isEqualTo(Alphabet.BINARY);
    }

    @Test
    void ucs2ReadsChineseAndSurrogatePairs() {
        byte[] octets = "【店】退订回T😀".getBytes(StandardCharsets.UTF_16BE);
        assertThat(Alphabet.UCS2.decode(octets, 0, octets.length)).isEqualTo("【店】退订回T😀");
    }

    @Test
    void ucs2OfOddLengthIsUndecodable() {
        assertThatThrownBy(() -> Alphabet.UCS2.decode(new byte[] {0x00, 0x41, 0x00}, 0, 3))
                .isInstanceOf(UndecodableTextException.class);
    }

    @Test
    void ucs2WithALoneSurrogateIsUndecodable() {
        assertThatThrownBy(() -> Alphabet.UCS2.decode(new byte[] {(byte) 0xD8, 0x3D, 0x00, 0x41}, 0, 4))
                .isInstanceOf(UndecodableTextException.class);
    }

    @Test
    void binaryHasNoText() {
        assertThat(Alphabet.BINARY.decode(new byte[] {1, 2, 3}, 0, 3)).isEmpty();
    }
}
