package org.quietline.smpp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quietline.smpp.text.Gsm7;

/**
 * A session's screeners (ADR 0115): one screens the queued submits one after the other, another starts when a
 * screening waits (found by the stall watch: the ESME sends nothing more), and what a screener holds back for the
 * SMSC is written before it waits for a window slot.
 */
class ScreenersTest {

    @Test
    void aScreeningThatWaitsDoesNotHoldTheSubmitsBehindIt() throws Exception {
        TestSmsc smsc = TestSmsc.start();
        try (Loopback loop = new Loopback(smsc, Loopback.settings(smsc.port), FailurePolicy.always(FailMode.CLOSED));
             RawEsme esme = new RawEsme(loop.firewall.port())) {
            assertThat(esme.bind(Loopback.PLATFORM, Loopback.PASSWORD).status()).isZero();
            int waiting = submit(esme, "WAIT for the ledger");
            List<Integer> behind = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                behind.add(submit(esme, "behind " + i));
            }

            Map<Integer, Integer> answered = new HashMap<>();
            for (int i = 0; i < behind.size(); i++) {
                RawEsme.Pdu answer = answer(esme);
                answered.put(answer.sequence(), answer.status());
            }
            assertThat(answered).as("the submits behind the waiting one, answered while it waits")
                    .containsOnlyKeys(behind).allSatisfy((seq, status) -> assertThat(status).isZero());

            loop.screener.release.countDown();
            RawEsme.Pdu last = answer(esme);
            assertThat(last.sequence()).isEqualTo(waiting);
            assertThat(last.status()).isZero();
        }
    }

    @Test
    void whatAScreenerHoldsForTheSmscIsWrittenBeforeItWaitsForAWindowSlot() throws Exception {
        TestSmsc smsc = TestSmsc.start();
        // one link with one slot, and a long wait for it: a held submit that is never written would keep the
        // slot until the wait ends and the submits behind it are throttled
        SmscSettings link = Loopback.settings(smsc.port).smsc().withLinks(1, 1)
                .withTimings(Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofMillis(50), Duration.ofMillis(400));
        FirewallSettings settings = FirewallSettings.of(0, link).withBindAddress("127.0.0.1");
        try (Loopback loop = new Loopback(smsc, settings, FailurePolicy.always(FailMode.CLOSED));
             RawEsme esme = new RawEsme(loop.firewall.port())) {
            assertThat(esme.bind(Loopback.PLATFORM, Loopback.PASSWORD).status()).isZero();
            // the first screening waits, so that the next screener finds the rest queued and takes them in one run
            List<Integer> sent = new ArrayList<>(List.of(submit(esme, "WAIT first")));
            for (int i = 0; i < 4; i++) {
                sent.add(submit(esme, "then " + i));
            }
            Map<Integer, Integer> answered = new HashMap<>();
            for (int i = 0; i < 4; i++) {
                RawEsme.Pdu answer = answer(esme);
                answered.put(answer.sequence(), answer.status());
            }
            loop.screener.release.countDown();
            RawEsme.Pdu first = answer(esme);
            answered.put(first.sequence(), first.status());

            assertThat(answered).containsOnlyKeys(sent).allSatisfy((seq, status) ->
                    assertThat(status).as("submit %d", seq).isZero());
            assertThat(smsc.accepted).hasSize(5);
        }
    }

    /**
     * Buffers a submit; they go out together at the first answer read ({@link #answer}), so that the firewall
     * reads them all at once: no submit comes after the waiting one has stalled, and only the stall watch can
     * start another screener.
     */
    private static int submit(RawEsme esme, String text) throws IOException {
        int seq = esme.nextSequence();
        byte[] body = RawEsme.submitBody("1069012301", "+8613900003000", 0, 0, Gsm7.encode(text), new byte[0]);
        esme.queue(16 + body.length, RawEsme.SUBMIT_SM, seq, body);
        return seq;
    }

    private static RawEsme.Pdu answer(RawEsme esme) throws IOException {
        esme.flush();
        return esme.nextResponse();
    }
}
