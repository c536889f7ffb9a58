package org.quietline.smpp;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.jsmpp.DefaultPDUSender;
import org.jsmpp.SynchronizedPDUSender;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.SessionState;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.SMPPSession;
import org.jsmpp.session.connection.Connection;
import org.jsmpp.session.connection.ConnectionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One transceiver session to the SMSC, kept bound: it reconnects with exponential backoff and jitter when
 * the session drops, lets jSMPP send enquire_link when idle and handle deliver_sm, and limits unanswered
 * submits to a window. Submits go over the connection's {@link Upstream} without waiting for the SMSC.
 * Thread-safe.
 */
final class SmscLink implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SmscLink.class);

    private final int index;
    private final SmscSettings settings;
    private final MessageReceiverListener deliveries;
    private final Semaphore window;
    private volatile SMPPSession session;
    private volatile Upstream upstream;
    private volatile boolean closed;
    private Thread keeper;

    SmscLink(int index, SmscSettings settings, MessageReceiverListener deliveries) {
        this.index = index;
        this.settings = settings;
        this.deliveries = deliveries;
        this.window = new Semaphore(settings.window());
    }

    void start() {
        keeper = Thread.ofVirtual().name("smsc-link-" + index).start(this::keepBound);
    }

    boolean bound() {
        SMPPSession s = session;
        return s != null && s.getSessionState().isBound();
    }

    /** Reserves {@code n} window slots, waiting up to {@code waitNanos}; every reserved slot is freed by a submit. */
    boolean reserve(int n, long waitNanos) throws InterruptedException {
        return waitNanos == 0 ? window.tryAcquire(n) : window.tryAcquire(n, waitNanos, TimeUnit.NANOSECONDS);
    }

    void release(int n) {
        window.release(n);
    }

    /** Slots in use. */
    int inFlight() {
        return settings.window() - window.availablePermits();
    }

    /**
     * Submits {@code pdu} (the whole submit_sm as received from the ESME: UDH, TLVs and all) in a slot reserved
     * before; the slot is free again before {@code answer} learns how it ended. Does not wait for the SMSC.
     */
    void submit(byte[] pdu, Upstream.Answer answer) {
        Upstream u = upstream;
        if (u == null) {
            window.release();
            answer.failed(StatusTable.THROTTLED, "SMSC link " + index + " is down");
            return;
        }
        u.send(pdu, new Upstream.Answer() {
            @Override
            public void accepted(String smscId) {
                window.release();
                answer.accepted(smscId);
            }

            @Override
            public void failed(int status, String reason) {
                window.release();
                answer.failed(status, reason);
            }
        });
    }

    /** Fails the submits the SMSC left unanswered past the response timeout. */
    void expire() {
        Upstream u = upstream;
        if (u != null) {
            u.expire();
        }
    }

    private void keepBound() {
        long delay = settings.reconnectMin().toNanos();
        while (!closed) {
            Upstream u = new Upstream(settings.responseTimeout().toNanos(), System::nanoTime);
            ConnectionFactory client = Sockets.client();
            SMPPSession s = new SMPPSession(new SynchronizedPDUSender(new DefaultPDUSender()),
                    BoundedPduReader.intercepting(u), (host, port) -> {
                        Connection c = client.createConnection(host, port);
                        u.connected(c.getOutputStream());
                        return c;
                    });
            CountDownLatch down = new CountDownLatch(1);
            try {
                configure(s, down);
                s.connectAndBind(settings.host(), settings.port(), new BindParameter(BindType.BIND_TRX,
                        settings.systemId(), settings.password(), "", TypeOfNumber.UNKNOWN,
                        NumberingPlanIndicator.UNKNOWN, null), settings.responseTimeout().toMillis());
                session = s;
                upstream = u;
                delay = settings.reconnectMin().toNanos();
                LOG.info("SMSC link {} bound to {}:{}", index, settings.host(), settings.port());
                down.await();
                if (!closed) {
                    LOG.warn("SMSC link {} lost; reconnecting", index);
                }
            } catch (IOException e) {
                LOG.warn("SMSC link {} could not bind to {}:{}: {}", index, settings.host(), settings.port(), e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                closed = true;
            } finally {
                upstream = null;
                session = null;
                s.close();
                // after the close, so that a submit written meanwhile fails its write rather than go unanswered
                u.lost();
            }
            delay = pause(delay);
        }
    }

    private void configure(SMPPSession s, CountDownLatch down) {
        s.setTransactionTimer(settings.responseTimeout().toMillis());
        s.setEnquireLinkTimer((int) settings.enquireLink().toMillis());
        s.setPduProcessorDegree(Math.max(4, Math.min(32, settings.window() / 4)));
        s.setQueueCapacity(Math.max(256, settings.window() * 4));
        s.setMessageReceiverListener(deliveries);
        s.addSessionStateListener((now, before, source) -> {
            if (now == SessionState.CLOSED || now == SessionState.UNBOUND) {
                down.countDown();
            }
        });
    }

    /** Sleeps about {@code delay} (±20 %, so that links do not reconnect in step) and returns the next delay. */
    private long pause(long delay) {
        if (closed) {
            return delay;
        }
        long jittered = (long) (delay * (0.8 + 0.4 * ThreadLocalRandom.current().nextDouble()));
        try {
            TimeUnit.NANOSECONDS.sleep(jittered);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
        return Math.min(delay * 2, settings.reconnectMax().toNanos());
    }

    @Override
    public void close() {
        closed = true;
        SMPPSession s = session;
        if (s != null) {
            s.unbindAndClose();
        }
        if (keeper != null) {
            keeper.interrupt();
        }
    }
}
