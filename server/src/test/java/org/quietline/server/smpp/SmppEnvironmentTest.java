package org.quietline.server.smpp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What {@code quietline serve} makes of the SMPP variables, and the messages that name a bad one. */
class SmppEnvironmentTest {

    private static SmppEnvironment read(String smsc, String messageIds) {
        return SmppEnvironment.read("2775", smsc, "quietln", "secret", "esme1:pw123", "", messageIds, "/var/lib/quietline/ids");
    }

    @Test
    void theBootstrapEsmeMayBeGivenAnotherThroughput() {
        assertThat(SmppEnvironment.read("2775", "smsc.example:2775", "q", "s", "esme1:pw123", "", "", "off").bootstrap()
                .orElseThrow().submitsPerSecond()).isEqualTo(SmppEnvironment.BOOTSTRAP_THROUGHPUT);
        assertThat(SmppEnvironment.read("2775", "smsc.example:2775", "q", "s", "esme1:pw123:200_000", "", "", "off")
                .bootstrap().orElseThrow().submitsPerSecond()).isEqualTo(200_000);
        for (String bad : new String[] {"esme1:pw123:0", "esme1:pw123:fast", "esme1:pw123:2000000", "esme1", ":pw", "esme1:"}) {
            assertThatThrownBy(() -> SmppEnvironment.read("2775", "smsc.example:2775", "q", "s", bad, "", "", "off"))
                    .as(bad).isInstanceOf(IllegalStateException.class).hasMessageContaining("QUIETLINE_BOOTSTRAP_ESME");
        }
    }

    @Test
    void theIdJournalIsADirectoryOrOff() {
        assertThat(read("smsc.example:2775", "").settings().messageIdJournal()).contains(Path.of("/var/lib/quietline/ids"));
        assertThat(SmppEnvironment.read("2775", "smsc.example:2775", "q", "s", "", "", "", " OFF ").settings()
                .messageIdJournal()).isEmpty();
        assertThatThrownBy(() -> SmppEnvironment.read("2775", "smsc.example:2775", "q", "s", "", "", "", " "))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("QUIETLINE_SMPP_ID_JOURNAL");
    }

    @Test
    void theIdMappingsKeptAreTheDefaultUnlessSet() {
        assertThat(read("smsc.example:2775", "").settings().messageIdCapacity())
                .isEqualTo(SmppEnvironment.DEFAULT_MESSAGE_IDS);
        assertThat(read("smsc.example:2775", " 20_000_000 ").settings().messageIdCapacity()).isEqualTo(20_000_000);
    }

    @Test
    void aBadCountOfIdMappingsFailsTheStartNamingTheVariable() {
        for (String bad : new String[] {"0", "-5", "many", "100000001", "99999999999"}) {
            assertThatThrownBy(() -> read("smsc.example:2775", bad))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("QUIETLINE_SMPP_MESSAGE_IDS").hasMessageContaining(bad);
        }
    }

    @Test
    void theOtherVariablesAreReadAsBefore() {
        SmppEnvironment environment = read("smsc.example:2776", "");
        assertThat(environment.port()).isEqualTo(2775);
        assertThat(environment.smsc().host()).isEqualTo("smsc.example");
        assertThat(environment.smsc().port()).isEqualTo(2776);
        assertThat(environment.bootstrap()).isPresent();
        assertThatThrownBy(() -> read("smsc.example", "")).hasMessageContaining("QUIETLINE_SMSC must read host:port");
    }
}
