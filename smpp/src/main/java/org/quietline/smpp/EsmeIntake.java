package org.quietline.smpp;

import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.Command;
import org.jsmpp.session.SMPPServerSession;

/**
 * One ESME session's submits, taken off its reader before jSMPP sees them (ADR 0070): each submit_sm of a
 * session bound to transmit is handed, whole and undecoded, to the {@link Submits} on a thread of
 * {@code workers}, and answered through the session's {@link Outbox} when its outcome is known. At most
 * {@code limit} submits of the session are in progress; beyond that the ESME is answered ESME_RTHROTTLED at
 * once, by the reader itself, so that an ESME that sends without reading its answers is slowed by TCP.
 * Thread-safe; the intercept runs on the session's reader thread.
 */
final class EsmeIntake implements BoundedPduReader.Intercept {

    private final EsmeSessions sessions;
    private final Submits submits;
    private final Executor workers;
    private final int limit;
    private final OutputStream out;
    private final Outbox outbox;
    private final AtomicInteger inProgress = new AtomicInteger();
    private volatile SMPPServerSession session;

    EsmeIntake(EsmeSessions sessions, Submits submits, Executor workers, int limit, OutputStream out) {
        this.sessions = sessions;
        this.submits = submits;
        this.workers = workers;
        this.limit = limit;
        this.out = out;
        this.outbox = new Outbox(out);
    }

    /** The session this intake reads for (set once, before it reads). */
    void attach(SMPPServerSession s) {
        this.session = s;
    }

    @Override
    public boolean wants(Command header) {
        SMPPServerSession s = session;
        // other sessions' states (not bound, receiver) are jSMPP's to answer
        return header.getCommandId() == SMPPConstant.CID_SUBMIT_SM && s != null
                && s.getSessionState().isTransmittable();
    }

    @Override
    public boolean take(Command header, byte[] pdu) {
        BoundEsme esme = sessions.of(session).orElse(null);
        if (esme == null) {
            return false;
        }
        int sequence = header.getSequenceNumber();
        if (inProgress.incrementAndGet() > limit) {
            inProgress.decrementAndGet();
            submits.throttled(esme);
            writeNow(Pdus.submitRefused(sequence, StatusTable.THROTTLED));
            return true;
        }
        Answer answer = new Answer(sequence);
        workers.execute(() -> submits.submit(esme, pdu, answer));
        return true;
    }

    private void writeNow(byte[] pdu) {
        try {
            synchronized (out) {
                out.write(pdu);
            }
        } catch (IOException e) {
            // the session is going; jSMPP's reader notices
        }
    }

    /** Submits of this session in progress. */
    int inProgress() {
        return inProgress.get();
    }

    /** One submit's answer: written once, through the outbox, and the submit is no longer in progress. */
    private final class Answer extends AtomicBoolean implements Reply {

        private static final long serialVersionUID = 1L;
        private final int sequence;

        Answer(int sequence) {
            this.sequence = sequence;
        }

        @Override
        public void accepted(String ourId) {
            if (compareAndSet(false, true)) {
                inProgress.decrementAndGet();
                outbox.send(Pdus.submitResp(sequence, ourId));
            }
        }

        @Override
        public void refused(int status) {
            if (compareAndSet(false, true)) {
                inProgress.decrementAndGet();
                outbox.send(Pdus.submitRefused(sequence, status));
            }
        }
    }
}
