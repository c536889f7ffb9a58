package org.quietline.smpp;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.Command;

/**
 * One connection to the SMSC as the firewall submits over it: a submit_sm is written to the socket as the
 * ESME sent it, under a sequence number of the firewall's own (from 0x40000000 up, apart from jSMPP's, which
 * count from 1 for bind and enquire_link), and its response is taken off the session's reader
 * ({@link BoundedPduReader.Intercept}) and matched here, so that no thread waits for it (ADR 0070). Submits
 * sent together go out together, in one write (ADR 0086). Each submit is answered exactly once: by the SMSC, by
 * a failed write (ESME_RTHROTTLED when nothing was written or it was written alone: at most a partial PDU went
 * out, which the SMSC discards; ESME_RSYSERR when it was written with others, one of which went out before it),
 * or by the response timeout or the loss of the connection (ESME_RSYSERR: the SMSC may have taken it).
 * Thread-safe.
 */
final class Upstream implements BoundedPduReader.Intercept {

    /** How a submit ended; called once, on the thread that learnt it. */
    interface Answer {

        /** The SMSC took it under {@code smscId}. */
        void accepted(String smscId);

        /** It was not taken (or may have been: {@link StatusTable#SYSTEM_ERROR}), with the ESME's status. */
        void failed(int status, String reason);
    }

    private static final int OURS = 0x4000_0000;

    private record Waiting(Answer answer, long deadline) {
    }

    private final Map<Integer, Waiting> waiting = new ConcurrentHashMap<>();
    private final AtomicInteger sequence = new AtomicInteger();
    private final PduBatch batch = new PduBatch();
    private final AtomicBoolean writing = new AtomicBoolean();
    private final long timeoutNanos;
    private final LongSupplier ticker;
    private volatile OutputStream out;

    Upstream(long timeoutNanos, LongSupplier ticker) {
        this.timeoutNanos = timeoutNanos;
        this.ticker = ticker;
    }

    /** The connection's output, once it is open. */
    void connected(OutputStream stream) {
        this.out = stream;
    }

    /**
     * Writes {@code pdu} (a whole submit_sm; its sequence number is replaced); {@code answer} learns the end.
     * Submits sent while another sender writes are written by that sender, with its own, in one call: the
     * sender that finds nobody writing writes whatever is queued until nothing is, so no thread is woken for
     * it and nothing waits for a later send. A sender with a {@link Cork} open leaves the write to its cork.
     */
    void send(byte[] pdu, Answer answer) {
        int seq = OURS | (sequence.getAndIncrement() & (OURS - 1));
        Pdus.sequence(pdu, seq);
        waiting.put(seq, new Waiting(answer, ticker.getAsLong() + timeoutNanos));
        batch.add(pdu);
        if (!Cork.holds(this)) {
            flush();
        }
    }

    /** Writes whatever is queued, unless another sender is writing (which then writes it). */
    void flush() {
        while (writing.compareAndSet(false, true)) {
            try {
                while (batch.gather()) {
                    write();
                }
            } finally {
                writing.set(false);
            }
            // a submit queued after the last gathering and before the flag went down is written by this thread
            if (batch.isEmpty()) {
                return;
            }
        }
    }

    private void write() {
        OutputStream stream = out;
        List<byte[]> written = batch.gathered();
        try {
            if (stream == null) {
                fail(written, StatusTable.THROTTLED, "not connected to the SMSC");
                return;
            }
            batch.write(stream);
        } catch (IOException e) {
            // one PDU: at most a part of it went out, which the SMSC discards; several: the first may have gone
            // out whole and been taken
            fail(written, written.size() == 1 ? StatusTable.THROTTLED : StatusTable.SYSTEM_ERROR,
                    "writing to the SMSC failed");
        }
    }

    private void fail(List<byte[]> pdus, int status, String reason) {
        for (byte[] pdu : pdus) {
            Waiting w = waiting.remove(Pdus.sequenceOf(pdu));
            if (w != null) {
                w.answer().failed(status, reason);
            }
        }
    }

    @Override
    public boolean wants(Command header) {
        int id = header.getCommandId();
        return (id == SMPPConstant.CID_SUBMIT_SM_RESP || id == SMPPConstant.CID_GENERIC_NACK)
                && (header.getSequenceNumber() & OURS) != 0;
    }

    @Override
    public boolean take(Command header, byte[] pdu) {
        Waiting w = waiting.remove(header.getSequenceNumber());
        if (w == null) {
            return true; // answered after its timeout: the ESME was told already
        }
        int status = header.getCommandStatus();
        if (status == 0 && header.getCommandId() == SMPPConstant.CID_SUBMIT_SM_RESP) {
            w.answer().accepted(Pdus.cString(pdu, Pdus.HEADER));
        } else {
            w.answer().failed(status == 0 ? StatusTable.SYSTEM_ERROR : status, "the SMSC refused");
        }
        return true;
    }

    /** Fails the submits unanswered past the response timeout. */
    void expire() {
        long now = ticker.getAsLong();
        waiting.forEach((seq, w) -> {
            if (now - w.deadline() > 0 && waiting.remove(seq, w)) {
                w.answer().failed(StatusTable.SYSTEM_ERROR, "no answer from the SMSC in time");
            }
        });
    }

    /** Fails every unanswered submit: the connection is gone. */
    void lost() {
        waiting.forEach((seq, w) -> {
            if (waiting.remove(seq, w)) {
                w.answer().failed(StatusTable.SYSTEM_ERROR, "the SMSC link was lost with the submit unanswered");
            }
        });
    }

    int unanswered() {
        return waiting.size();
    }
}
