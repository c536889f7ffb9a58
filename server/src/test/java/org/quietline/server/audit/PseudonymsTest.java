package org.quietline.server.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.quietline.number.PhoneNumber;

class PseudonymsTest {

    private final PhoneNumber number = PhoneNumber.parse("+86 139-1234-5678");

    @Test
    void theSameNumberGivesTheSameKeyHoweverItWasWritten() {
        Pseudonyms p = new Pseudonyms("x".repeat(32));

        assertThat(p.of(number)).isEqualTo(p.of(PhoneNumber.parse("13912345678")));
    }

    @Test
    void anotherInstallationKeyGivesAnotherKey() {
        assertThat(new Pseudonyms("x".repeat(32)).of(number)).isNotEqualTo(new Pseudonyms("y".repeat(32)).of(number));
    }

    @Test
    void theKeyDoesNotContainTheNumber() {
        RecipientKey key = new Pseudonyms("x".repeat(32)).of(number);

        assertThat(key.hex()).doesNotContain("13912345678").hasSize(64);
        assertThat(key.toString()).hasSizeLessThan(30);
    }

    @Test
    void aShortInstallationKeyIsRefused() {
        assertThatThrownBy(() -> new Pseudonyms("short")).hasMessageContaining("QUIETLINE_PSEUDONYM_KEY");
    }
}
