package org.quietline.server.optout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.quietline.server.TestApi;
import org.quietline.server.TestApi.Answer;
import org.quietline.server.database.OnEveryDatabase;
import org.quietline.server.database.TestDatabase;
import tools.jackson.databind.JsonNode;

/**
 * The refusal is durable before the MO is acknowledged: a real platform process (`quietline serve`) takes a
 * consent and then a "TD"; the moment the answer arrives the process is killed with {@code kill -9}; a new
 * process on the same database must block the merchant's next marketing with RECIPIENT_OPTED_OUT. Repeated,
 * each round checking every earlier refusal too, on an H2 file database and on PostgreSQL.
 */
@OnEveryDatabase
class RefusalSurvivesKillTest {

    private static final int ROUNDS = 3;
    private static final String KEY = "crash-test-admin-key-0123456789abcdef";
    private static final Pattern SERVING = Pattern.compile("serving on http://localhost:(\\d+)");

    @Parameter
    TestDatabase database;

    @TempDir
    Path home;

    /** The platform process started last, so that a failing test does not leave it running. */
    private Process last;

    @AfterEach
    void noPlatformLeftBehind() {
        if (last != null && last.isAlive()) {
            last.destroyForcibly();
        }
    }

    @Test
    void aRefusalAcknowledgedJustBeforeKillMinusNineIsInForceAfterRestart() throws Exception {
        Platform platform = start();
        for (int round = 0; round < ROUNDS; round++) {
            String subscriber = "1390000000" + round;
            String port = "106905550" + round;
            Answer consent = platform.api.post("/api/v1/consents", KEY, "{\"subscriber\":\"" + subscriber
                    + "\",\"merchant\":\"优选商城\",\"scope\":\"MARKETING\",\"source\":\"SIGNUP\",\"evidence\":\"form " + round + "\"}");
            assertThat(consent.status()).as(consent.body()).isEqualTo(201);

            Answer mo = platform.api.post("/api/v1/mo", KEY, "{\"from\":\"" + subscriber + "\",\"to\":\"" + port
                    + "\",\"text\":\"TD\"}");
            platform.kill9();
            assertThat(mo.status()).as(mo.body()).isEqualTo(200);
            assertThat(mo.json().get("intent").stringValue()).isEqualTo("OPT_OUT");

            platform = start();
            for (int earlier = 0; earlier <= round; earlier++) {
                Answer v = platform.api.post("/api/v1/screenings", KEY, "{\"sender\":\"106905550" + earlier
                        + "\",\"recipient\":\"1390000000" + earlier + "\",\"text\":\"【优选商城】双11全场5折，满300减50，回T退订\"}");
                assertThat(v.status()).as(v.body()).isEqualTo(200);
                JsonNode verdict = v.json();
                assertThat(verdict.get("action").stringValue()).as("round %d, subscriber %d: %s", round, earlier, v.body())
                        .isEqualTo("BLOCK");
                assertThat(verdict.get("forcedBy").get("signal").stringValue()).isEqualTo("RECIPIENT_OPTED_OUT");
                JsonNode ledger = platform.api.get("/api/v1/subscribers/1390000000" + earlier + "/ledger", KEY).json();
                assertThat(ledger.get("chain").get("intact").booleanValue()).isTrue();
            }
        }
        platform.kill9();
    }

    private Map<String, String> databaseEnvironment() {
        if (database.kind() == TestDatabase.Kind.POSTGRESQL) {
            return database.processEnvironment();
        }
        return Map.of("QUIETLINE_DB_URL", "jdbc:h2:file:" + home.resolve("data/crash")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0", "QUIETLINE_DB_USER", "sa",
                "QUIETLINE_DB_PASSWORD", "");
    }

    private Platform start() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder pb = new ProcessBuilder(java.toString(), "-Xmx384m", "-XX:TieredStopAtLevel=1",
                "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"), "org.quietline.server.Quietline", "serve");
        Map<String, String> env = pb.environment();
        env.putAll(new HashMap<>(databaseEnvironment()));
        env.put("SERVER_PORT", "0");
        env.put("QUIETLINE_HOME", home.toString());
        env.put("QUIETLINE_BOOTSTRAP_API_KEY", KEY);
        env.put("QUIETLINE_PSEUDONYM_KEY", "crash-test-pseudonym-key-0123456789");
        Files.createDirectories(home.resolve("logs"));
        pb.redirectError(ProcessBuilder.Redirect.appendTo(home.resolve("logs/platform.err").toFile()));
        Process process = pb.start();
        last = process;
        CompletableFuture<Integer> port = CompletableFuture.supplyAsync(() -> readPort(process));
        try {
            return new Platform(process, new TestApi(port.get(180, TimeUnit.SECONDS)));
        } catch (Exception e) {
            process.destroyForcibly();
            throw new AssertionError("the platform did not start; its log: " + tail(home.resolve("logs/platform.err")), e);
        }
    }

    private static int readPort(Process process) {
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                Matcher m = SERVING.matcher(line);
                if (m.find()) {
                    int port = Integer.parseInt(m.group(1));
                    Thread.ofVirtual().start(() -> drain(out));
                    return port;
                }
            }
            throw new IllegalStateException("the platform ended before it served");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void drain(BufferedReader out) {
        try {
            while (out.readLine() != null) {
                // keep the pipe empty so that the platform never blocks on its own output
            }
        } catch (IOException e) {
            // the process was killed
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    /** A platform process and a client for it. */
    private record Platform(Process process, TestApi api) {

        /** {@code kill -9}: no shutdown hook, no flush, nothing. */
        void kill9() throws Exception {
            Process kill = new ProcessBuilder("kill", "-9", Long.toString(process.pid())).inheritIO().start();
            assertThat(kill.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as("killed by SIGKILL").isEqualTo(137);
        }
    }
}
