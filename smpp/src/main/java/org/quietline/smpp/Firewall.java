package org.quietline.smpp;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.InstantSource;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.quietline.screening.Screener;
import org.quietline.screening.Sms;
import org.quietline.smpp.platform.PlatformRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SMPP firewall: ESMEs bind to it as they would to the SMSC, and it relays their traffic to the SMSC
 * through the screener, and the SMSC's receipts and subscriber replies back. Started with {@link #start};
 * {@link #close()} unbinds everything.
 *
 * <p>Thread-safe. One instance owns one listening port and the SMSC links of its settings.
 */
public final class Firewall implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Firewall.class);
    /**
     * Where submits are screened (each session's screeners, ADR 0115) and what may block runs: a virtual thread
     * each. Screening may wait (a database, a time budget), and a parked virtual thread costs little; the
     * session readers and the links' readers never wait on it.
     */
    private static final Executor WORKERS = Thread::startVirtualThread;

    private final SmscPool smsc;
    private final EsmeListener esmes;
    private final Screening screening;
    private final ScheduledExecutorService sweeper;
    private final OwnSubmits own = new OwnSubmits();
    private final MessageIds ids;

    private Firewall(SmscPool smsc, EsmeListener esmes, Screening screening, ScheduledExecutorService sweeper,
                     MessageIds ids) {
        this.ids = ids;
        this.smsc = smsc;
        this.esmes = esmes;
        this.screening = screening;
        this.sweeper = sweeper;
    }

    /** What a firewall is made of besides its settings. */
    public record Parts(PlatformRegistry platforms, Screener screener, FailurePolicy failures,
                        SubscriberReplies replies, VerdictLog verdicts, MeterRegistry meters, InstantSource clock) {

        /** Rejects nulls. */
        public Parts {
            Objects.requireNonNull(platforms, "platforms");
            Objects.requireNonNull(screener, "screener");
            Objects.requireNonNull(failures, "failures");
            Objects.requireNonNull(replies, "replies");
            Objects.requireNonNull(verdicts, "verdicts");
            Objects.requireNonNull(meters, "meters");
            Objects.requireNonNull(clock, "clock");
        }

        /**
         * The screener and platforms, with defaults for the rest: fail policy defaults without a classifier,
         * replies and verdicts ignored, meters in a simple registry, the system clock.
         */
        public static Parts of(PlatformRegistry platforms, Screener screener) {
            return new Parts(platforms, screener, FailurePolicy.defaults(Optional.empty()),
                    SubscriberReplies.ignored(), VerdictLog.ignored(), new SimpleMeterRegistry(), InstantSource.system());
        }

        /** With another reply sink (the opt-out logic). */
        public Parts withReplies(SubscriberReplies r) {
            return new Parts(platforms, screener, failures, r, verdicts, meters, clock);
        }

        /** With another failure policy. */
        public Parts withFailures(FailurePolicy f) {
            return new Parts(platforms, screener, f, replies, verdicts, meters, clock);
        }

        /** With a verdict log (the audit). */
        public Parts withVerdicts(VerdictLog v) {
            return new Parts(platforms, screener, failures, replies, v, meters, clock);
        }

        /** With another meter registry. */
        public Parts withMeters(MeterRegistry m) {
            return new Parts(platforms, screener, failures, replies, verdicts, m, clock);
        }
    }

    /**
     * Opens the ESME port and starts binding to the SMSC (in the background: ESMEs are throttled until a
     * link is bound).
     *
     * @throws UncheckedIOException when the port cannot be opened
     */
    public static Firewall start(FirewallSettings settings, Parts parts) {
        FirewallMetrics metrics = new FirewallMetrics(parts.meters());
        EsmeSessions sessions = new EsmeSessions(System::nanoTime);
        EsmeDelivery delivery = new EsmeDelivery(sessions, parts.clock());
        MessageIds ids;
        try {
            ids = MessageIds.open(new SecureRandom().nextLong() & 0x7FFF_FFFF_0000_0000L, settings.smsc().idForm(),
                    settings.messageIdCapacity(), settings.messageIdJournal());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot use the message id journal in " + settings.messageIdJournal().orElseThrow(), e);
        }
        boolean latin1 = settings.smsc().defaultIsLatin1();
        SmscPool smsc = new SmscPool(settings.smsc(),
                new DeliverPath(ids, parts.replies(), parts.platforms(), delivery, metrics, parts.clock(), latin1), WORKERS);
        Screening screening = new Screening(parts.screener(), parts.failures(), settings.screeningBudget(), parts.verdicts());
        Reassembly reassembly = new Reassembly(settings.reassemblyCapacity(), settings.reassemblyTimeout().toNanos(),
                System::nanoTime);
        Relay relay = new Relay(screening, smsc, ids, delivery, metrics, WORKERS);
        SubmitPath submits = new SubmitPath(relay, ids, reassembly, metrics, parts.clock(), latin1,
                new Recipients(settings.recipientCacheCapacity()));
        EsmeListener esmes;
        try {
            esmes = new EsmeListener(settings, parts.platforms(), sessions, submits, WORKERS);
        } catch (IOException e) {
            ids.close();
            throw new UncheckedIOException("cannot listen for ESMEs on " + settings.bindAddress() + ":" + settings.port(), e);
        }
        metrics.gauges(smsc::occupancy, reassembly::held, sessions::count);
        ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("smpp-sweeper").daemon().factory());
        sweeper.scheduleWithFixedDelay(submits::sweep, 1, 1, TimeUnit.SECONDS);
        long expiry = Math.max(10, settings.smsc().responseTimeout().toMillis() / 10);
        sweeper.scheduleWithFixedDelay(smsc::expire, expiry, expiry, TimeUnit.MILLISECONDS);
        smsc.start();
        esmes.start();
        return new Firewall(smsc, esmes, screening, sweeper, ids);
    }

    /** The port ESMEs bind to. */
    public int port() {
        return esmes.port();
    }

    /**
     * Sends one of Quietline's own messages (an opt-out confirmation, already screened by the caller) to the
     * SMSC over the firewall's links: GSM 7-bit or UCS-2, split when long. Returns the SMSC's id of each part;
     * empty when it could not be sent now (no link bound, window full, the SMSC refused), which is logged.
     */
    public List<String> send(Sms sms) {
        CompletableFuture<List<String>> sent = new CompletableFuture<>();
        smsc.forward(own.parts(sms), new SmscPool.Forwarded() {
            @Override
            public void sent(List<String> smscIds) {
                sent.complete(smscIds);
            }

            @Override
            public void failed(ForwardingException e) {
                LOG.warn("could not send {} to the SMSC: {} ({})", sms, StatusTable.hex(e.status()), e.getMessage());
                sent.complete(List.of());
            }
        });
        // the links' response timeout ends every submit, so this does not wait for ever
        return sent.join();
    }

    /** Whether at least one SMSC link is bound. */
    public boolean smscBound() {
        return smsc.anyBound();
    }

    @Override
    public void close() {
        sweeper.shutdownNow();
        esmes.close();
        smsc.close();
        screening.close();
        // last: the SMSC's answers to the final submits are mapped (and written) until its links close
        ids.close();
    }
}
