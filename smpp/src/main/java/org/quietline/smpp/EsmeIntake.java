package org.quietline.smpp;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.Command;
import org.jsmpp.session.SMPPServerSession;

/**
 * One ESME session's submits, taken off its reader before jSMPP sees them (ADR 0070): each submit_sm of a
 * session bound to transmit is queued, whole and undecoded, for the session's screeners, threads of
 * {@code workers} that hand the queued submits to the {@link Submits} one after the other, and answered through
 * the session's {@link Outbox} when its outcome is known (ADR 0115). One screener works while the queue moves;
 * when it has not finished a submit for {@link #STALL_NANOS} (its screening waits: a database, a time budget)
 * and submits are queued, another starts, up to {@code screeners}, so that one wait does not hold the submits
 * behind it; the {@link StallWatch} looks while the ESME sends nothing. A screener's forwards to the SMSC are written together ({@link Cork}). At most {@code limit}
 * submits of the session are in progress; beyond that the ESME is answered ESME_RTHROTTLED at once, by the
 * reader itself, so that an ESME that sends without reading its answers is slowed by TCP.
 * Thread-safe; the intercept runs on the session's reader thread, {@link #watch} on the stall watch's.
 */
final class EsmeIntake implements BoundedPduReader.Intercept {

    /** How long the screeners may go without finishing a submit, while submits are queued, before another starts. */
    static final long STALL_NANOS = 1_000_000;

    /** A submit waiting for a screener. */
    private record Queued(BoundEsme esme, byte[] pdu, Answer answer) {
    }

    private final EsmeSessions sessions;
    private final Submits submits;
    private final Executor workers;
    private final int limit;
    private final int most;
    private final LongSupplier ticker;
    private final StallWatch watch;
    private final OutputStream out;
    private final Outbox outbox;
    private final AtomicInteger inProgress = new AtomicInteger();
    private final Queue<Queued> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger screeners = new AtomicInteger();
    /** When a screener last started or finished a submit (ticker time). */
    private volatile long progress;
    private volatile SMPPServerSession session;

    /**
     * At most {@code limit} submits in progress, screened by at most {@code screeners} threads of
     * {@code workers} at once; {@code ticker} tells the time in nanoseconds, and {@code watch} is told when a
     * screener starts.
     */
    EsmeIntake(EsmeSessions sessions, Submits submits, Executor workers, int limit, int screeners, LongSupplier ticker,
               StallWatch watch, OutputStream out) {
        this.sessions = sessions;
        this.watch = watch;
        this.submits = submits;
        this.workers = workers;
        this.limit = limit;
        this.most = screeners;
        this.ticker = ticker;
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
        queue.add(new Queued(esme, pdu, new Answer(sequence)));
        wake();
        return true;
    }

    /**
     * Starts another screener if submits wait behind screeners that have stalled; whether any screener is at
     * work (for the {@link StallWatch}).
     */
    boolean watch() {
        if (!queue.isEmpty()) {
            wake();
        }
        return screeners.get() > 0;
    }

    private void wake() {
        int n = screeners.get();
        if (n == 0 || n < most && ticker.getAsLong() - progress > STALL_NANOS) {
            if (screeners.compareAndSet(n, n + 1)) {
                progress = ticker.getAsLong();
                watch.screening();
                workers.execute(this::screen);
            }
        }
    }

    /** A screener: hands the queued submits over one after the other, and ends when none is queued. */
    private void screen() {
        try (Cork cork = Cork.open()) {
            do {
                try {
                    drain(cork);
                } finally {
                    screeners.decrementAndGet();
                }
                // a submit queued after the last poll, while this screener still counted, would otherwise wait
            } while (!queue.isEmpty() && rejoin());
        }
    }

    private void drain(Cork cork) {
        Queued q;
        while ((q = queue.poll()) != null) {
            submits.submit(q.esme(), q.pdu(), q.answer());
            progress = ticker.getAsLong();
            cork.due();
        }
        cork.flush();
    }

    private boolean rejoin() {
        int n;
        do {
            n = screeners.get();
            if (n >= most) {
                return false;
            }
        } while (!screeners.compareAndSet(n, n + 1));
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

    /** Screeners of this session at work. */
    int screeners() {
        return screeners.get();
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
