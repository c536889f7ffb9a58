package org.quietline.smpp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A peer nobody here wrote, in another language: an ESME on Perl's Net::SMPP (Debian's libnet-smpp-perl)
 * against the firewall and jSMPP's SMSC simulator. Skipped, saying why, when Net::SMPP is not installed
 * and CI is not set; under CI (which installs it, see .ci/run) its absence is a failure.
 */
class NetSmppPeerTest {

    @TempDir
    Path dir;

    @Test
    void aNetSmppEsmeIsAnsweredAsTheStatusTableSaysAndGetsItsReceipt() throws Exception {
        boolean installed = netSmppInstalled();
        if (!installed && !"true".equalsIgnoreCase(System.getenv("CI"))) {
            Assumptions.abort("Net::SMPP is not installed (apt-get install libnet-smpp-perl); skipping the Perl peer");
        }
        assertThat(installed).as("Net::SMPP must be installed under CI (.ci/run installs libnet-smpp-perl)").isTrue();

        Path script = dir.resolve("net-smpp-esme.pl");
        try (var in = getClass().getResourceAsStream("/peers/net-smpp-esme.pl")) {
            Files.copy(in, script);
        }
        TestSmsc smsc = TestSmsc.start();
        try (Loopback loop = new Loopback(smsc, Loopback.settings(smsc.port), FailurePolicy.always(FailMode.CLOSED))) {
            Process perl = new ProcessBuilder("perl", script.toString(), Integer.toString(loop.firewall.port()),
                    Loopback.PLATFORM, Loopback.PASSWORD).redirectErrorStream(true).start();
            assertThat(perl.waitFor(60, TimeUnit.SECONDS)).as("the Perl ESME finishes").isTrue();
            List<String> lines = new String(perl.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();

            assertThat(lines).contains("bind 0");
            String code = lines.stream().filter(l -> l.startsWith("code ")).findFirst().orElseThrow();
            assertThat(code).matches("code 0 [0-9a-f]{16}");
            assertThat(lines).contains("fraud " + StatusTable.FRAUD + " ", "baddest " + StatusTable.BAD_DESTINATION + " ");
            assertThat(lines).contains("receipt " + code.substring("code 0 ".length()));
            assertThat(loop.screener.screened).contains("【某银行】您的验证码是 482913，5分钟内有效。");
        }
    }

    private static boolean netSmppInstalled() {
        try {
            Process p = new ProcessBuilder("perl", "-MNet::SMPP", "-e", "1").redirectErrorStream(true).start();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
