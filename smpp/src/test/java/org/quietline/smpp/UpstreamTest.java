package org.quietline.smpp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.Command;
import org.junit.jupiter.api.Test;

/**
 * Submits over one SMSC connection: each is answered exactly once, by the SMSC, a failed write, a timeout or the
 * loss; those sent while a write is under way go out together in the next one.
 */
class UpstreamTest {

    private final AtomicLong now = new AtomicLong();
    private final Upstream upstream = new Upstream(1_000, now::get);
    private final ByteArrayOutputStream wire = new ByteArrayOutputStream();
    private final List<String> answers = new CopyOnWriteArrayList<>();

    private final Upstream.Answer recording = new Upstream.Answer() {
        @Override
        public void accepted(String smscId) {
            answers.add("accepted " + smscId);
        }

        @Override
        public void failed(int status, String reason) {
            answers.add("failed 0x" + Integer.toHexString(status));
        }
    };

    private static byte[] submit() {
        byte[] pdu = new byte[Pdus.HEADER + 4];
        ByteBuffer.wrap(pdu).putInt(pdu.length).putInt(SMPPConstant.CID_SUBMIT_SM).putInt(0).putInt(7);
        return pdu;
    }

    /** The sequence number the last PDU on the wire went out with. */
    private int lastSequence() {
        byte[] bytes = wire.toByteArray();
        return ByteBuffer.wrap(bytes, bytes.length - 8, 4).getInt();
    }

    private boolean answer(int commandId, int status, int sequence, String id) {
        byte[] pdu = id == null ? Pdus.submitRefused(sequence, status) : Pdus.submitResp(sequence, id);
        Command header = new Command();
        header.setCommandId(commandId);
        header.setCommandStatus(status);
        header.setSequenceNumber(sequence);
        return upstream.wants(header) && upstream.take(header, pdu);
    }

    @Test
    void aSubmitGoesOutWholeUnderASequenceNumberOfItsOwnAndIsAnsweredByTheSmsc() {
        upstream.connected(wire);
        upstream.send(submit(), recording);
        int seq = lastSequence();
        assertThat(seq).isGreaterThanOrEqualTo(0x4000_0000);
        assertThat(wire.size()).isEqualTo(Pdus.HEADER + 4);
        assertThat(answer(SMPPConstant.CID_SUBMIT_SM_RESP, 0, seq, "abc123")).isTrue();
        assertThat(answers).containsExactly("accepted abc123");
        assertThat(upstream.unanswered()).isZero();
    }

    @Test
    void eachSubmitHasItsOwnSequenceNumber() {
        upstream.connected(wire);
        List<Integer> sequences = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            upstream.send(submit(), recording);
            sequences.add(lastSequence());
        }
        assertThat(sequences).doesNotHaveDuplicates();
    }

    @Test
    void aRefusalOrAGenericNackCarriesTheSmscsStatus() {
        upstream.connected(wire);
        upstream.send(submit(), recording);
        assertThat(answer(SMPPConstant.CID_SUBMIT_SM_RESP, 0x45, lastSequence(), null)).isTrue();
        upstream.send(submit(), recording);
        assertThat(answer(SMPPConstant.CID_GENERIC_NACK, 0x03, lastSequence(), null)).isTrue();
        assertThat(answers).containsExactly("failed 0x45", "failed 0x3");
    }

    @Test
    void responsesToJsmppsOwnRequestsAreLeftToJsmpp() {
        Command header = new Command();
        header.setCommandId(SMPPConstant.CID_SUBMIT_SM_RESP);
        header.setSequenceNumber(3);
        assertThat(upstream.wants(header)).isFalse();
        header.setCommandId(SMPPConstant.CID_ENQUIRE_LINK_RESP);
        header.setSequenceNumber(0x4000_0001);
        assertThat(upstream.wants(header)).isFalse();
    }

    @Test
    void anUnansweredSubmitFailsRetryablyAfterTheTimeoutAndALateAnswerIsDropped() {
        upstream.connected(wire);
        upstream.send(submit(), recording);
        int seq = lastSequence();
        now.set(1_000);
        upstream.expire();
        assertThat(answers).isEmpty();
        now.set(1_001);
        upstream.expire();
        upstream.expire();
        assertThat(answers).containsExactly("failed 0x8");
        assertThat(answer(SMPPConstant.CID_SUBMIT_SM_RESP, 0, seq, "late")).as("taken, so jSMPP never sees it").isTrue();
        assertThat(answers).containsExactly("failed 0x8");
    }

    @Test
    void losingTheConnectionFailsWhatWasUnansweredAsPossiblyTaken() {
        upstream.connected(wire);
        upstream.send(submit(), recording);
        upstream.send(submit(), recording);
        upstream.lost();
        upstream.lost();
        assertThat(answers).containsExactly("failed 0x8", "failed 0x8");
    }

    @Test
    void aFailedWriteIsThrottledBecauseNothingWholeWentOut() {
        upstream.connected(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("reset");
            }
        });
        upstream.send(submit(), recording);
        assertThat(answers).containsExactly("failed 0x58");
        assertThat(upstream.unanswered()).isZero();
    }

    /** A stream whose first write waits until {@code release}; every write's length is kept, and {@code fails} throws. */
    private static OutputStream slow(CountDownLatch inFirstWrite, CountDownLatch release, List<Integer> writes,
                                     boolean fails) {
        return new OutputStream() {
            @Override
            public void write(int b) {
                throw new UnsupportedOperationException("whole PDUs only");
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                writes.add(len);
                if (writes.size() == 1) {
                    inFirstWrite.countDown();
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                if (fails) {
                    throw new IOException("reset");
                }
            }
        };
    }

    @Test
    void submitsSentWhileAWriteIsUnderWayGoOutTogetherInTheNextWrite() throws Exception {
        CountDownLatch inFirstWrite = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<Integer> writes = new CopyOnWriteArrayList<>();
        upstream.connected(slow(inFirstWrite, release, writes, false));
        Thread first = Thread.ofPlatform().start(() -> upstream.send(submit(), recording));
        inFirstWrite.await();
        upstream.send(submit(), recording);
        upstream.send(submit(), recording);
        assertThat(writes).as("the later senders did not wait for the socket").hasSize(1);
        release.countDown();
        first.join();
        assertThat(writes).containsExactly(Pdus.HEADER + 4, 2 * (Pdus.HEADER + 4));
        assertThat(upstream.unanswered()).isEqualTo(3);
        assertThat(answers).isEmpty();
    }

    @Test
    void aFailedWriteOfSeveralSubmitsFailsThemAsPossiblyTaken() throws Exception {
        CountDownLatch inFirstWrite = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        upstream.connected(slow(inFirstWrite, release, new CopyOnWriteArrayList<>(), true));
        Thread first = Thread.ofPlatform().start(() -> upstream.send(submit(), recording));
        inFirstWrite.await();
        upstream.send(submit(), recording);
        upstream.send(submit(), recording);
        release.countDown();
        first.join();
        assertThat(answers).containsExactly("failed 0x58", "failed 0x8", "failed 0x8");
        assertThat(upstream.unanswered()).isZero();
    }

    @Test
    void underACorkSubmitsWaitForItAndGoOutTogether() {
        List<Integer> writes = new CopyOnWriteArrayList<>();
        CountDownLatch open = new CountDownLatch(0);
        upstream.connected(slow(new CountDownLatch(1), open, writes, false));
        try (Cork cork = Cork.open()) {
            for (int i = 0; i < 3; i++) {
                upstream.send(submit(), recording);
            }
            cork.due();
            assertThat(writes).as("held: fewer than the most, and not for long").isEmpty();
        }
        assertThat(writes).as("written when the cork closed").containsExactly(3 * (Pdus.HEADER + 4));

        upstream.send(submit(), recording);
        assertThat(writes).as("without a cork, at once").hasSize(2);

        try (Cork cork = Cork.open()) {
            for (int i = 0; i < Cork.MOST; i++) {
                upstream.send(submit(), recording);
            }
            cork.due();
            assertThat(writes).as("written when the most are held").hasSize(3).last().isEqualTo(Cork.MOST * (Pdus.HEADER + 4));
        }
        assertThat(upstream.unanswered()).isEqualTo(3 + 1 + Cork.MOST);
    }
}
