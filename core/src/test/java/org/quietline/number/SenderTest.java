package org.quietline.number;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SenderTest {

    @Test
    void servicePortsAreCodesNotNumbers() {
        Sender s = Sender.parse("106901234567");
        assertThat(s).isInstanceOfSatisfying(SenderCode.class, c -> {
            assertThat(c.kind()).isEqualTo(SenderCode.Kind.SERVICE_PORT);
            assertThat(c.portFamily()).contains("10690");
        });
        assertThat(((SenderCode) Sender.parse("10655012345")).portFamily()).contains("1065");
    }

    @Test
    void shortCodes() {
        assertThat(Sender.parse("95588")).isInstanceOfSatisfying(SenderCode.class,
                c -> assertThat(c.kind()).isEqualTo(SenderCode.Kind.SHORT_CODE));
        assertThat(Sender.parse("10086")).isInstanceOf(SenderCode.class);
    }

    @Test
    void ordinaryNumbersAndAlphanumericIds() {
        assertThat(Sender.parse("+86 139 1234 5678")).isInstanceOf(PhoneNumber.class);
        assertThat(Sender.parse("Quietline")).isInstanceOfSatisfying(SenderCode.class,
                c -> assertThat(c.kind()).isEqualTo(SenderCode.Kind.ALPHANUMERIC));
    }

    @Test
    void aPortCoversItsExtensions() {
        assertThat(SenderCode.parse("1069012345").covers(SenderCode.parse("106901234567"))).isTrue();
        assertThat(SenderCode.parse("1069012345").covers(SenderCode.parse("106551234567"))).isFalse();
    }

    @Test
    void junkIsRefusedWithAReason() {
        assertThatThrownBy(() -> Sender.parse("")).isInstanceOf(InvalidNumberException.class);
        assertThatThrownBy(() -> Sender.parse("!!!???")).isInstanceOf(InvalidNumberException.class);
        assertThatThrownBy(() -> SenderCode.parse("a very long alphanumeric id"))
                .isInstanceOfSatisfying(InvalidNumberException.class,
                        e -> assertThat(e.problem()).isEqualTo(InvalidNumberException.Problem.NOT_A_SENDER));
    }
}
