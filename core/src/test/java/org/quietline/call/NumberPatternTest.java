package org.quietline.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.quietline.number.PhoneNumber;
import org.quietline.number.Sender;

class NumberPatternTest {

    private static boolean matches(String pattern, String number) {
        return NumberPattern.parse(pattern).matches(Sender.parse(number));
    }

    @Test
    void eachWildcardTakesOneDigit() {
        assertThat(matches("1391234****", "13912345678")).isTrue();
        assertThat(matches("1391234xxxx", "13912345678")).isTrue();
        assertThat(matches("1391234***", "13912345678")).isFalse();
        assertThat(matches("1391235****", "13912345678")).isFalse();
    }

    @Test
    void aLoneFinalStarTakesAnyRest() {
        assertThat(matches("1391234*", "13912345678")).isTrue();
        assertThat(matches("139*", "13912345678")).isTrue();
    }

    @Test
    void aRunOfStarsIsExact() {
        assertThat(matches("95***", "95555")).isTrue();
        assertThat(matches("95***", "+1 951 555 0123")).isFalse();
    }

    @Test
    void readsFixedLinesWithTheirTrunkZeroAndSeparators() {
        assertThat(matches("0571-8888 ****", "057188881234")).isTrue();
    }

    @Test
    void withCountryCodeMatchesOnlyThatCountry() {
        assertThat(matches("+1 202 555 ****", "+12025550123")).isTrue();
        assertThat(matches("+86 202 555 ****", "+12025550123")).isFalse();
    }

    @Test
    void refusesPatternsThatWouldMatchNearlyEverything() {
        assertThatThrownBy(() -> NumberPattern.parse("1*")).hasMessageContaining("at least 2 digits");
        assertThatThrownBy(() -> NumberPattern.parse("13a*")).hasMessageContaining("digits, *");
    }

    @Test
    void showsASingleNumberMaskedAndARangeAsItIs() {
        assertThat(NumberPattern.of(PhoneNumber.parse("13912345678"))).hasToString("+861******5678");
        assertThat(NumberPattern.parse("1391234****")).hasToString("1391234****");
    }
}
