package org.quietline.smpp;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.Command;

/**
 * One connection to the SMSC as the firewall submits over it: a submit_sm is written to the socket as the
 * ESME sent it, under a sequence number of the firewall's own (from 0x40000000 up, apart from jSMPP's, which
 * count from 1 for bind and enquire_link), and its response is taken off the session's reader
 * ({@link BoundedPduReader.Intercept}) and matched here, so that no thread waits for it (ADR 0070). Each
 * submit is answered exactly once: by the SMSC, by a failed write (ESME_RTHROTTLED: at most a partial PDU
 * went out, which the SMSC discards), or by the response timeout or the loss of the connection
 * (ESME_RSYSERR: the SMSC may have taken it). Thread-safe.
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

    /** Writes {@code pdu} (a whole submit_sm; its sequence number is replaced); {@code answer} learns the end. */
    void send(byte[] pdu, Answer answer) {
        int seq = OURS | (sequence.getAndIncrement() & (OURS - 1));
        Pdus.sequence(pdu, seq);
        waiting.put(seq, new Waiting(answer, ticker.getAsLong() + timeoutNanos));
        OutputStream stream = out;
        try {
            if (stream == null) {
                throw new IOException("not connected");
            }
            // one write of the whole PDU, under the lock jSMPP's own synchronized writes take
            synchronized (stream) {
                stream.write(pdu);
            }
        } catch (IOException e) {
            Waiting w = waiting.remove(seq);
            if (w != null) {
                w.answer().failed(StatusTable.THROTTLED, "writing to the SMSC failed");
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
