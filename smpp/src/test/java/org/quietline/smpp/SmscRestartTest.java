package org.quietline.smpp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jsmpp.bean.BindType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quietline.smpp.text.Gsm7;

/**
 * The SMSC (jSMPP's simulator in its own process) is killed and started again while an ESME keeps sending:
 * the firewall throttles while no link is bound, binds again, and every message reaches the SMSC exactly once.
 */
class SmscRestartTest {

    private static final int PER_BATCH = 40;

    @TempDir
    Path dir;

    @Test
    void noMessageIsLostOrDuplicatedAcrossAnSmscRestart() throws Exception {
        int port = TestSmsc.freePort();
        Path record = dir.resolve("accepted.txt");
        Process smsc = startSmsc(port, record);
        try (Loopback loop = new Loopback(null, Loopback.settings(port), FailurePolicy.always(FailMode.CLOSED));
             TestEsme esme = TestEsme.bind(loop.firewall.port(), Loopback.PLATFORM, Loopback.PASSWORD, BindType.BIND_TRX)) {
            List<String> sent = new ArrayList<>();
            sendBatch(esme, "A", sent);

            smsc.destroyForcibly().waitFor();
            Loopback.await(() -> !loop.firewall.smscBound(), "the firewall notices the SMSC is gone");
            java.util.concurrent.atomic.AtomicInteger throttledWhileDown = new java.util.concurrent.atomic.AtomicInteger();
            Thread sender = Thread.ofVirtual().start(() -> throttledWhileDown.set(sendBatchQuietly(esme, "B", sent)));
            Thread.sleep(500);
            smsc = startSmsc(port, record);
            sender.join(Duration.ofSeconds(60));
            sendBatch(esme, "C", sent);

            Map<String, Long> accepted = Files.readAllLines(record, StandardCharsets.ISO_8859_1).stream()
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            assertThat(sent).hasSize(3 * PER_BATCH);
            assertThat(accepted.keySet()).containsExactlyInAnyOrderElementsOf(sent);
            assertThat(accepted.values()).allMatch(n -> n == 1);
            assertThat(throttledWhileDown.get()).as("submits throttled while the SMSC was down").isPositive();
        } finally {
            smsc.destroyForcibly().waitFor();
        }
    }

    /** Sends a batch one by one, retrying what is throttled (the firewall promises it was not forwarded). */
    private static int sendBatch(TestEsme esme, String batch, List<String> sent) throws Exception {
        int throttled = 0;
        for (int i = 0; i < PER_BATCH; i++) {
            String text = batch + i;
            while (true) {
                int status = esme.status("1069012301", "+8613900001000", TestEsme.gsm(), Gsm7.encode(text));
                if (status == 0) {
                    synchronized (sent) {
                        sent.add(text);
                    }
                    break;
                }
                assertThat(status).as("status for %s", text).isEqualTo(StatusTable.THROTTLED);
                throttled++;
                Thread.sleep(50);
            }
        }
        return throttled;
    }

    private static int sendBatchQuietly(TestEsme esme, String batch, List<String> sent) {
        try {
            return sendBatch(esme, batch, sent);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Process startSmsc(int port, Path record) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", RecordingSmscMain.class.getName(),
                Integer.toString(port), record.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        // no probe connection: the simulator waits 30 s for a bind on every connection before accepting the next;
        // the firewall's links retry until it listens
        return p;
    }
}
