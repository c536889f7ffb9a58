package org.quietline.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole demo, end to end: platform on an H2 file database, every scene through the HTTP API. */
class DemoTest {

    @TempDir
    static Path home;

    private static int exitCode;
    private static String output;

    @BeforeAll
    static void playTheDemo() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        exitCode = new DemoCommand(home).run(List.of("--exit", "--port", "0"),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        output = out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void everySceneGoesAsExpected() {
        assertThat(output).contains("Every scene went as expected").doesNotContain("✘");
        assertThat(exitCode).isZero();
    }

    @Test
    void theScenesPlayInOrder() {
        assertThat(output).containsSubsequence("Registering the senders", "A shop's marketing",
                "A code and an order notice", "A fraud message is blocked");
    }

    @Test
    void eachVerdictIsShownWithItsReasons() {
        assertThat(output).contains("结论 Verdict: BLOCK",
                "forced by VERIFICATION_CODE_FROM_REGISTERED_PORT", "CONTENT_FRAUD");
    }

    @Test
    void numbersAreShownMasked() {
        assertThat(output).contains("139****5678").doesNotContain("13912345678");
    }

    @Test
    void theDemoRunsOnAnEmbeddedFileDatabase() {
        assertThat(Files.exists(home.resolve("data/demo.mv.db"))).isTrue();
    }
}
