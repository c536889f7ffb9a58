package org.quietline.smpp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.jsmpp.bean.SubmitSm;
import org.junit.jupiter.api.Test;
import org.quietline.smpp.text.Gsm7;

/**
 * Submits worked on concurrently (ADR 0070): several ESMEs each pipeline hundreds of submit_sm without waiting
 * for answers. Every submit is answered exactly once; what the firewall accepted reached the SMSC exactly once,
 * and nothing else did; the ids the ESMEs got are all different. With a small limit of submits in progress and
 * a slow SMSC, the excess is throttled, and the same holds.
 */
class ConcurrentSubmitsTest {

    private static final int ESMES = 4;
    private static final int EACH = 300;

    /** What one ESME sent (text by sequence number) and the answers it got (by sequence number). */
    private record Session(Map<Integer, String> sent, Map<Integer, RawEsme.Pdu> answers, int answeredTwice) {
    }

    @Test
    void everySubmitIsAnsweredOnceAndWhatWasAcceptedReachedTheSmscOnce() throws Exception {
        TestSmsc smsc = TestSmsc.start();
        try (Loopback loop = new Loopback(smsc, Loopback.settings(smsc.port), FailurePolicy.always(FailMode.CLOSED))) {
            List<Session> sessions = pipeline(loop, EACH);
            assertAnsweredOnceAndForwardedExactly(sessions, smsc, EACH);
            // how many get through depends on the platform's throughput and the SMSC's pace; the test needs some
            assertThat(accepted(sessions)).isNotEmpty();
        }
    }

    @Test
    void overItsLimitASessionIsThrottledAndStillEverySubmitIsAnsweredOnce() throws Exception {
        TestSmsc smsc = TestSmsc.start();
        smsc.delayMillis.set(20);
        FirewallSettings settings = Loopback.settings(smsc.port).withEsmeWindow(2, 2);
        try (Loopback loop = new Loopback(smsc, settings, FailurePolicy.always(FailMode.CLOSED))) {
            List<Session> sessions = pipeline(loop, 60);
            assertAnsweredOnceAndForwardedExactly(sessions, smsc, 60);
            long throttled = sessions.stream().flatMap(s -> s.answers().values().stream())
                    .filter(p -> p.status() == StatusTable.THROTTLED).count();
            assertThat(throttled).isPositive();
            assertThat(accepted(sessions)).isNotEmpty();
        }
    }

    private static List<Session> pipeline(Loopback loop, int each) throws Exception {
        List<Callable<Session>> work = new ArrayList<>();
        for (int e = 0; e < ESMES; e++) {
            int esme = e;
            work.add(() -> {
                try (RawEsme raw = new RawEsme(loop.firewall.port())) {
                    assertThat(raw.bind(Loopback.PLATFORM, Loopback.PASSWORD).status()).isZero();
                    Map<Integer, String> sent = new HashMap<>();
                    for (int i = 0; i < each; i++) {
                        String text = "c" + esme + "-" + i;
                        int seq = raw.nextSequence();
                        byte[] body = RawEsme.submitBody("1069012301", "+86139" + String.format("%08d", esme * 1000 + i % 50),
                                0, 0, Gsm7.encode(text), new byte[0]);
                        raw.send(16 + body.length, RawEsme.SUBMIT_SM, seq, body);
                        sent.put(seq, text);
                    }
                    Map<Integer, RawEsme.Pdu> answers = new HashMap<>();
                    int twice = 0;
                    while (answers.size() < each) {
                        RawEsme.Pdu answer = raw.nextResponse();
                        assertThat(answer.commandId()).isEqualTo(0x80000004);
                        if (answers.put(answer.sequence(), answer) != null) {
                            twice++;
                        }
                    }
                    return new Session(sent, answers, twice);
                }
            });
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(ESMES)) {
            List<Session> out = new ArrayList<>();
            for (Future<Session> f : pool.invokeAll(work)) {
                out.add(f.get());
            }
            return out;
        }
    }

    private static void assertAnsweredOnceAndForwardedExactly(List<Session> sessions, TestSmsc smsc, int each) {
        for (Session s : sessions) {
            assertThat(s.answers().keySet()).as("every sequence number answered").isEqualTo(s.sent().keySet());
            assertThat(s.answeredTwice()).as("answered twice").isZero();
        }
        List<String> ids = sessions.stream().flatMap(s -> s.answers().values().stream())
                .filter(p -> p.status() == 0).map(RawEsme.Pdu::firstString).toList();
        assertThat(ids).doesNotHaveDuplicates().allMatch(id -> !id.isEmpty());
        Set<String> accepted = accepted(sessions);
        Loopback.await(() -> forwarded(smsc).size() >= accepted.size(), "the SMSC has what was accepted");
        List<String> forwarded = forwarded(smsc);
        assertThat(forwarded).as("forwarded once each").doesNotHaveDuplicates();
        assertThat(new HashSet<>(forwarded)).as("forwarded exactly what was accepted").isEqualTo(accepted);
        assertThat(sessions).hasSize(ESMES).allSatisfy(s -> assertThat(s.sent()).hasSize(each));
    }

    private static Set<String> accepted(List<Session> sessions) {
        Set<String> out = new HashSet<>();
        for (Session s : sessions) {
            s.answers().forEach((seq, pdu) -> {
                if (pdu.status() == 0) {
                    out.add(s.sent().get(seq));
                }
            });
        }
        return out;
    }

    private static List<String> forwarded(TestSmsc smsc) {
        return smsc.accepted.stream().map(SubmitSm::getShortMessage).map(Gsm7::decode)
                .filter(t -> t.startsWith("c")).collect(Collectors.toList());
    }
}
