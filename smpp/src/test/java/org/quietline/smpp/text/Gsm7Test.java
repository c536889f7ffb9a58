package org.quietline.smpp.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class Gsm7Test {

    /** Every character of the basic table and the extension table, in table order. */
    private static final String ALL = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà\f^{}\\[~]|€";

    @Test
    void everyCharacterOfBothTablesRoundTrips() {
        assertThat(Gsm7.decode(Gsm7.encode(ALL))).isEqualTo(ALL);
    }

    @Test
    void extensionCharactersAreEscaped() {
        assertThat(Gsm7.encode("€")).containsExactly(0x1B, 0x65);
        assertThat(Gsm7.encode("{")).containsExactly(0x1B, 0x28);
    }

    @Test
    void agreesWithAnIndependentGsmCharsetOnEveryCharacter() {
        // telecom-charsets (a test dependency of jsmpp-examples) is an implementation nobody here wrote
        Charset oracle = Charset.forName("X-GSM7BIT");
        for (char c : ALL.replace("\f", "").toCharArray()) {
            // left out: escape + 0x0A, which TS 23.038 and the Unicode mapping (GSM0338.TXT) read as form feed,
            // the oracle as a line feed
            String s = String.valueOf(c);
            assertThat(new String(Gsm7.encode(s), oracle)).as("U+%04X", (int) c).isEqualTo(s);
        }
    }

    @Test
    void anUnknownEscapeShowsTheBasicCharacter() {
        assertThat(Gsm7.decode(new byte[] {0x1B, 0x41})).isEqualTo("A");
    }

    @Test
    void aDanglingEscapeReadsAsSpace() {
        assertThat(Gsm7.decode(new byte[] {0x41, 0x1B})).isEqualTo("A ");
    }

    @Test
    void anOctetWithTheHighBitIsNotASeptet() {
        assertThatThrownBy(() -> Gsm7.decode(new byte[] {0x41, (byte) 0x80}))
                .isInstanceOf(UndecodableTextException.class);
    }

    @Test
    void charactersOutsideTheAlphabetCannotBeEncoded() {
        assertThat(Gsm7.canEncode("退订")).isFalse();
        assertThatThrownBy(() -> Gsm7.encode("退")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void packingMatchesTheStandardsExample() {
        // TS 23.038 §6.1.2.1.1: "hellohello" packs to E8 32 9B FD 46 97 D9 EC 37
        byte[] packed = Gsm7.pack(Gsm7.encode("hellohello"));
        assertThat(packed).containsExactly(0xE8, 0x32, 0x9B, 0xFD, 0x46, 0x97, 0xD9, 0xEC, 0x37);
    }

    @Test
    void packThenUnpackIsTheIdentityOnRandomSeptets() {
        SplittableRandom random = new SplittableRandom(38);
        for (int run = 0; run < 2_000; run++) {
            byte[] septets = new byte[random.nextInt(0, 200)];
            for (int i = 0; i < septets.length; i++) {
                septets[i] = (byte) random.nextInt(0, 128);
            }
            assertThat(Gsm7.unpack(Gsm7.pack(septets), septets.length)).isEqualTo(septets);
        }
    }

    @Test
    void decodeThenEncodeIsTheIdentityOnRandomTextOfTheAlphabet() {
        SplittableRandom random = new SplittableRandom(7);
        for (int run = 0; run < 2_000; run++) {
            StringBuilder text = new StringBuilder();
            int n = random.nextInt(0, 170);
            for (int i = 0; i < n; i++) {
                text.append(ALL.charAt(random.nextInt(ALL.length())));
            }
            assertThat(Gsm7.decode(Gsm7.encode(text))).isEqualTo(text.toString());
        }
    }
}
