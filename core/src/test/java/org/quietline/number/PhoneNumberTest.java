package org.quietline.number;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PhoneNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"+86 139-1234-5678", "8613912345678", "13912345678", "008613912345678",
            "+86 (139) 1234 5678", "１３９１２３４５６７８", " 139 1234 5678 ", "+8613912345678"})
    void everyWayOfWritingAMobileIsTheSameNumber(String written) {
        assertThat(PhoneNumber.parse(written).e164()).isEqualTo("+8613912345678");
    }

    @Test
    void aLandlineWithAreaCode() {
        PhoneNumber n = PhoneNumber.parse("0591 8765 4321");
        assertThat(n.e164()).isEqualTo("+8659187654321");
        assertThat(n.type()).isEqualTo(LineType.FIXED_LINE);
        assertThat(n.location(Locale.SIMPLIFIED_CHINESE)).contains("福建省福州市");
    }

    @Test
    void masksTheMiddle() {
        assertThat(PhoneNumber.parse("13912345678").masked()).isEqualTo("139****5678");
        assertThat(PhoneNumber.parse("13912345678")).hasToString("139****5678");
    }

    @Test
    void knowsWhereAMobileIsFromAndItsOriginalCarrier() {
        PhoneNumber n = PhoneNumber.parse("13912345678");
        assertThat(n.type()).isEqualTo(LineType.MOBILE);
        assertThat(n.originalCarrier(Locale.SIMPLIFIED_CHINESE)).contains("中国移动");
        assertThat(n.originalCarrier(Locale.ENGLISH)).contains("China Mobile");
        assertThat(n.location(Locale.SIMPLIFIED_CHINESE)).isPresent();
        assertThat(n.location(Locale.ENGLISH)).isPresent();
    }

    @Test
    void readsAUsNumberInItsRegion() {
        assertThat(PhoneNumber.parse("(202) 555-0143", "US").countryCode()).isEqualTo(1);
    }

    @Test
    void saysWhatWasWrong() {
        assertThatThrownBy(() -> PhoneNumber.parse("  ")).isInstanceOfSatisfying(InvalidNumberException.class,
                e -> assertThat(e.problem()).isEqualTo(InvalidNumberException.Problem.EMPTY));
        assertThatThrownBy(() -> PhoneNumber.parse("hello")).isInstanceOfSatisfying(InvalidNumberException.class,
                e -> assertThat(e.problem()).isEqualTo(InvalidNumberException.Problem.NOT_A_NUMBER));
        assertThatThrownBy(() -> PhoneNumber.parse("1391234")).isInstanceOfSatisfying(InvalidNumberException.class,
                e -> assertThat(e.problem()).isIn(InvalidNumberException.Problem.TOO_SHORT,
                        InvalidNumberException.Problem.NOT_IN_USE));
        assertThatThrownBy(() -> PhoneNumber.parse("139123456789012345")).isInstanceOf(InvalidNumberException.class);
        assertThatThrownBy(() -> PhoneNumber.parse("x".repeat(10_000)))
                .isInstanceOfSatisfying(InvalidNumberException.class,
                        e -> assertThat(e.problem()).isEqualTo(InvalidNumberException.Problem.TOO_LONG));
    }

    @Test
    void errorMessagesDoNotRepeatTheWholeNumber() {
        assertThatThrownBy(() -> PhoneNumber.parse("1391234567899"))
                .hasMessageNotContaining("1391234567899");
    }
}
