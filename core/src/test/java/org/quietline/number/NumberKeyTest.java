package org.quietline.number;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumberKeyTest {

    @Test
    void aNumbersKeyIsItsE164Digits() {
        assertThat(NumberKey.of(PhoneNumber.parse("+86 139-1234-5678"))).isEqualTo(8613912345678L);
        assertThat(NumberKey.of(PhoneNumber.parse("0591 8765 4321"))).isEqualTo(8659187654321L);
        assertThat(NumberKey.of(PhoneNumber.parse("(202) 555-0143", "US"))).isEqualTo(12025550143L);
    }

    @Test
    void numbersWrittenDifferentlyHaveOneKey() {
        assertThat(NumberKey.of(PhoneNumber.parse("１３９１２３４５６７８")))
                .isEqualTo(NumberKey.of(PhoneNumber.parse("008613912345678")));
    }
}
