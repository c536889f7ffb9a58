package org.quietline.smpp.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class UserDataTest {

    @Test
    void withoutUdhiTheWholeMessageIsText() {
        assertThat(UserData.read(new byte[] {5, 0, 3}, false)).isEqualTo(UserData.PLAIN);
    }

    @Test
    void readsAnEightBitConcatenationElement() {
        UserData ud = UserData.read(new byte[] {5, 0x00, 3, 0x2A, 3, 2, 'h', 'i'}, true);
        assertThat(ud.textOffset()).isEqualTo(6);
        assertThat(ud.segment()).contains(new Segment(0x2A, 3, 2));
    }

    @Test
    void readsASixteenBitConcatenationElement() {
        UserData ud = UserData.read(new byte[] {6, 0x08, 4, 0x12, 0x34, 2, 1, 'h'}, true);
        assertThat(ud.segment()).contains(new Segment(0x1234, 2, 1));
    }

    @Test
    void skipsOtherElements() {
        UserData ud = UserData.read(new byte[] {11, 0x05, 4, 0, 1, 0, 2, 0x00, 3, 7, 2, 1, 'x'}, true);
        assertThat(ud.textOffset()).isEqualTo(12);
        assertThat(ud.segment()).contains(new Segment(7, 2, 1));
    }

    @Test
    void aHeaderLongerThanTheMessageIsUndecodable() {
        assertThatThrownBy(() -> UserData.read(new byte[] {9, 0x00, 3}, true))
                .isInstanceOf(UndecodableTextException.class);
    }

    @Test
    void anElementOverrunningTheHeaderIsUndecodable() {
        assertThatThrownBy(() -> UserData.read(new byte[] {3, 0x00, 3, 1, 2, 1}, true))
                .isInstanceOf(UndecodableTextException.class);
    }

    @Test
    void aPartNumberBeyondTheTotalIsUndecodable() {
        assertThatThrownBy(() -> UserData.read(new byte[] {5, 0x00, 3, 1, 2, 3}, true))
                .isInstanceOf(UndecodableTextException.class);
    }

    @Test
    void randomOctetsEitherReadOrAreUndecodableNeverAnythingElse() {
        SplittableRandom random = new SplittableRandom(4);
        for (int run = 0; run < 20_000; run++) {
            byte[] m = new byte[random.nextInt(0, 24)];
            for (int i = 0; i < m.length; i++) {
                m[i] = (byte) random.nextInt(0, 12);
            }
            try {
                UserData ud = UserData.read(m, true);
                assertThat(ud.textOffset()).isBetween(1, m.length);
            } catch (UndecodableTextException expected) {
                // the only failure a malformed header may cause
            }
        }
    }
}
