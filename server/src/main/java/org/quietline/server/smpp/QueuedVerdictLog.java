package org.quietline.server.smpp;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.quietline.screening.Sms;
import org.quietline.screening.Verdict;
import org.quietline.server.audit.AuditedScreening;
import org.quietline.server.audit.Pseudonyms;
import org.quietline.server.audit.ScreeningAudit;
import org.quietline.smpp.VerdictLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SMPP firewall's verdicts to the audit log (channel {@code smpp}), written in batches off the submit path
 * (ADR 0106). The firewall reports a verdict on the thread that answers the ESME; a transaction per verdict
 * there would cap the firewall at what the database commits one by one (a few thousand a second) and make every
 * submit wait for a commit. So a verdict is queued, and a writer thread records what has gathered, up to
 * {@value #BATCH} at a time, in one transaction.
 *
 * <p>Nothing is dropped while the database keeps up. A batch that fails is written again one verdict at a time,
 * so that one verdict the database refuses (a value it will never take) cannot hold the others back: a verdict
 * refused twice while the database takes others is dropped, counted ({@code quietline.smpp.audit.refused}) and logged
 * by its id and the error's type at most once a minute. When the database takes none of them (after
 * {@value #PROBES} refusals in a row it is taken as not writing at all), the batch is kept, topped up with what
 * has queued since, the verdicts it refused put last, and tried again with growing pauses. The queue is bounded ({@code capacity}). When it is full, the database being slower than the
 * traffic, a verdict waits up to {@code wait} ({@link #WAIT}) for room: the submit waits with it, so the firewall slows to what
 * the audit log can write and its ESMEs, their windows full, are throttled, as they are when the SMSC is slow.
 * Only a verdict that still finds no room (the database is not writing at all) is dropped, counted
 * ({@code quietline.smpp.audit.dropped}) and logged at most once a minute, and the message goes on as the verdict
 * said: the audit log never stops or changes the traffic (the contract of {@link VerdictLog}). {@link #close}
 * writes what is queued. The queue's length is the gauge {@code quietline.smpp.audit.queued}. Thread-safe.
 */
final class QueuedVerdictLog implements VerdictLog, AutoCloseable {

    static final int BATCH = 500;
    private static final Logger LOG = LoggerFactory.getLogger(QueuedVerdictLog.class);
    private static final Duration FIRST_RETRY = Duration.ofMillis(100);
    private static final Duration LAST_RETRY = Duration.ofSeconds(5);
    /** How long a verdict may wait for room in a full queue before it is dropped, unless told otherwise. */
    static final Duration WAIT = Duration.ofMillis(200);
    /** Refusals in a row, with no verdict taken, after which the database is taken as not writing at all. */
    static final int PROBES = 3;

    private final ScreeningAudit audit;
    private final Pseudonyms pseudonyms;
    private final InstantSource clock;
    private final BlockingQueue<AuditedScreening> queue;
    private final Counter dropped;
    private final Counter refused;
    private final Duration wait;
    private final Thread writer;
    private volatile boolean closing;
    /** When the last drop was logged (System.nanoTime); a minute before the start at first. */
    private volatile long lastDropWarning;
    /** When the last refusal was logged; only the writer thread reads and writes it. */
    private long lastRefusalWarning;

    QueuedVerdictLog(ScreeningAudit audit, Pseudonyms pseudonyms, InstantSource clock, int capacity, MeterRegistry meters) {
        this(audit, pseudonyms, clock, capacity, WAIT, meters);
    }

    QueuedVerdictLog(ScreeningAudit audit, Pseudonyms pseudonyms, InstantSource clock, int capacity, Duration wait,
                     MeterRegistry meters) {
        this.wait = wait;
        this.lastDropWarning = System.nanoTime() - TimeUnit.MINUTES.toNanos(1) - 1;
        this.lastRefusalWarning = lastDropWarning;
        this.audit = audit;
        this.pseudonyms = pseudonyms;
        this.clock = clock;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.dropped = Counter.builder("quietline.smpp.audit.dropped")
                .description("verdicts not audited because the audit log's database fell too far behind").register(meters);
        this.refused = Counter.builder("quietline.smpp.audit.refused")
                .description("verdicts not audited because the audit log's database refused them while it took others")
                .register(meters);
        Gauge.builder("quietline.smpp.audit.queued", queue, BlockingQueue::size)
                .description("verdicts waiting to be written to the audit log").register(meters);
        this.writer = Thread.ofPlatform().name("smpp-audit-writer").daemon().start(this::writeUntilClosed);
    }

    @Override
    public void screened(String platform, Sms sms, Verdict verdict) {
        Instant now = clock.instant();
        AuditedScreening screening = new AuditedScreening(UUID.randomUUID(), now, sms.at(), "smpp", platform,
                sms.sender().masked(), sms.recipient().masked(), pseudonyms.of(sms.recipient()), verdict);
        boolean queued;
        try {
            // a full queue slows the submit (and so, through its window, the ESME) while the writer drains it
            queued = queue.offer(screening, wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            queued = false;
        }
        if (!queued) {
            dropped.increment();
            long nanos = System.nanoTime();
            if (nanos - lastDropWarning > TimeUnit.MINUTES.toNanos(1)) {
                lastDropWarning = nanos;
                LOG.error("the audit log's database is {} verdicts behind: verdicts are dropped from the audit"
                        + " (quietline.smpp.audit.dropped counts them); the traffic goes on", queue.size());
            }
        }
    }

    /**
     * Writes everything queued, then stops the writer (the firewall closes first, so nothing more comes). The
     * writer is not interrupted: an interrupt during a write could close the database's files under it.
     */
    @Override
    public void close() {
        closing = true;
        try {
            writer.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!queue.isEmpty()) {
            LOG.error("{} verdicts were still queued for the audit log at shutdown and are lost", queue.size());
        }
    }

    private void writeUntilClosed() {
        List<AuditedScreening> batch = new ArrayList<>(BATCH);
        while (true) {
            try {
                if (!closing) {
                    AuditedScreening first = queue.poll(100, TimeUnit.MILLISECONDS);
                    if (first != null) {
                        batch.add(first);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                closing = true;
            }
            queue.drainTo(batch, BATCH - batch.size());
            if (batch.isEmpty()) {
                if (closing) {
                    return;
                }
                continue;
            }
            write(batch);
        }
    }

    /**
     * Records {@code batch}, trying again until it is written, the verdicts the database refuses while it takes
     * others dropped (or, when closing, gives up after the last try). {@code batch} is left empty, or holding what
     * could not be written at shutdown.
     */
    private void write(List<AuditedScreening> batch) {
        Duration pause = FIRST_RETRY;
        while (true) {
            RuntimeException failure;
            try {
                audit.recordAll(batch);
                batch.clear();
                return;
            } catch (RuntimeException e) {
                failure = e;
            }
            if (writtenOneByOne(batch)) {
                return;
            }
            if (closing && pause.compareTo(LAST_RETRY) >= 0) {
                LOG.error("{} verdicts could not be written to the audit log at shutdown and are lost", batch.size(), failure);
                batch.clear();
                return;
            }
            LOG.warn("writing {} verdicts to the audit log failed ({}); trying again in {} ms", batch.size(),
                    failure.getClass().getSimpleName(), pause.toMillis());
            try {
                Thread.sleep(pause);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                closing = true;
            }
            // what queued meanwhile goes with it: a batch the database refuses whole must not hold back newer verdicts
            queue.drainTo(batch, BATCH - batch.size());
            pause = pause.multipliedBy(2).compareTo(LAST_RETRY) > 0 ? LAST_RETRY : pause.multipliedBy(2);
        }
    }

    /**
     * Writes {@code batch} a verdict at a time. True when the database took at least one: those it refused twice
     * (once more after the others) are dropped and counted, and {@code batch} is cleared. False when it refused
     * the first {@value #PROBES} (or all of a shorter batch) and took none: {@code batch} keeps every verdict,
     * those tried put last.
     */
    private boolean writtenOneByOne(List<AuditedScreening> batch) {
        List<AuditedScreening> refusedHere = new ArrayList<>();
        RuntimeException lastRefusal = null;
        int taken = 0;
        for (int i = 0; i < batch.size(); i++) {
            try {
                audit.record(batch.get(i));
                taken++;
            } catch (RuntimeException e) {
                refusedHere.add(batch.get(i));
                lastRefusal = e;
                if (taken == 0 && refusedHere.size() == Math.min(PROBES, batch.size())) {
                    List<AuditedScreening> untried = new ArrayList<>(batch.subList(i + 1, batch.size()));
                    batch.clear();
                    batch.addAll(untried);
                    batch.addAll(refusedHere);
                    return false;
                }
            }
        }
        // a refusal may have been the database's last before it came back: each refused verdict gets one more try
        refusedHere.removeIf(screening -> {
            try {
                audit.record(screening);
                return true;
            } catch (RuntimeException e) {
                return false;
            }
        });
        if (!refusedHere.isEmpty()) {
            refused.increment(refusedHere.size());
            long nanos = System.nanoTime();
            if (nanos - lastRefusalWarning > TimeUnit.MINUTES.toNanos(1)) {
                lastRefusalWarning = nanos;
                // the exception's message may quote a value of the verdict: only its type is logged
                LOG.error("the audit log refused {} verdicts while it took {} (the first {}: {}); they are dropped"
                        + " (quietline.smpp.audit.refused counts them)", refusedHere.size(), taken,
                        refusedHere.getFirst().id(), lastRefusal.getClass().getSimpleName());
            }
        }
        batch.clear();
        return true;
    }
}
