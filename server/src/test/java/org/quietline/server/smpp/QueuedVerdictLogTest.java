package org.quietline.server.smpp;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.quietline.number.PhoneNumber;
import org.quietline.number.Sender;
import org.quietline.screening.Action;
import org.quietline.screening.Sms;
import org.quietline.screening.Verdict;
import org.quietline.server.audit.AuditedScreening;
import org.quietline.server.audit.InMemoryScreeningAudit;
import org.quietline.server.audit.Pseudonyms;
import org.quietline.server.audit.RecipientKey;
import org.quietline.server.audit.ScreeningAudit;

/** The firewall's verdicts reach the audit log in batches, off the submit path, and none is lost while it keeps up. */
class QueuedVerdictLogTest {

    private static final Pseudonyms PSEUDONYMS = new Pseudonyms("k".repeat(40));
    private static final Verdict ALLOWED = new Verdict(Action.ALLOW, 0, List.of(), Optional.empty(), Optional.empty(), "v1");
    private static final Instant AT = Instant.parse("2026-11-11T12:00:00Z");
    private static final String REFUSED = "refused";

    /**
     * An in-memory audit log that counts its batches, can be held shut, can fail its first writes, and refuses
     * every write that holds a verdict of the platform {@code refused} (as a database refuses a transaction with
     * one value it cannot take).
     */
    private static final class Audit implements ScreeningAudit {
        final InMemoryScreeningAudit kept = new InMemoryScreeningAudit();
        final AtomicInteger batches = new AtomicInteger();
        final AtomicInteger failuresLeft = new AtomicInteger();
        final CountDownLatch open = new CountDownLatch(1);
        final CountDownLatch writing = new CountDownLatch(1);

        Audit opened() {
            open.countDown();
            return this;
        }

        @Override
        public void recordAll(List<AuditedScreening> screenings) {
            writing.countDown();
            try {
                open.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (failuresLeft.getAndDecrement() > 0) {
                throw new IllegalStateException("the database is away");
            }
            if (screenings.stream().anyMatch(s -> s.clientId().equals(REFUSED))) {
                throw new IllegalArgumentException("a value the database will never take");
            }
            batches.incrementAndGet();
            screenings.forEach(kept::record);
        }

        @Override
        public void record(AuditedScreening screening) {
            recordAll(List.of(screening));
        }

        @Override
        public Optional<AuditedScreening> find(UUID id) {
            return kept.find(id);
        }

        @Override
        public List<AuditedScreening> forRecipient(RecipientKey recipient, int limit) {
            return kept.forRecipient(recipient, limit);
        }

        @Override
        public List<AuditedScreening> latest(int limit) {
            return kept.latest(limit);
        }
    }

    private static Sms sms(int i) {
        return new Sms(Sender.parse("1069012345"), PhoneNumber.parse("+861390000" + String.format("%04d", i)), "text", AT);
    }

    private static double dropped(SimpleMeterRegistry meters) {
        return meters.get("quietline.smpp.audit.dropped").counter().count();
    }

    private static double refused(SimpleMeterRegistry meters) {
        return meters.get("quietline.smpp.audit.refused").counter().count();
    }

    @Test
    void verdictsThatCameWhileTheDatabaseWasBusyAreWrittenTogether() throws Exception {
        Audit audit = new Audit();
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        try (QueuedVerdictLog log = new QueuedVerdictLog(audit, PSEUDONYMS, InstantSource.system(), 10_000, meters)) {
            log.screened("shop", sms(0), ALLOWED);
            audit.writing.await(); // the writer holds the first verdict and waits for the database
            for (int i = 1; i < 1_000; i++) {
                log.screened("shop", sms(i), ALLOWED);
            }
            audit.opened();
        }
        assertThat(audit.latest(2_000)).hasSize(1_000).allSatisfy(s -> {
            assertThat(s.channel()).isEqualTo("smpp");
            assertThat(s.clientId()).isEqualTo("shop");
            assertThat(s.recipientMasked()).startsWith("139****");
        });
        // the first alone, then the other 999 in batches of at most 500
        assertThat(audit.batches.get()).isEqualTo(3);
        assertThat(dropped(meters)).isZero();
    }

    @Test
    void aBatchTheDatabaseRefusedIsWrittenWhenItIsBack() {
        Audit audit = new Audit().opened();
        audit.failuresLeft.set(2);
        try (QueuedVerdictLog log = new QueuedVerdictLog(audit, PSEUDONYMS, InstantSource.system(), 10_000, new SimpleMeterRegistry())) {
            for (int i = 0; i < 50; i++) {
                log.screened("shop", sms(i), ALLOWED);
            }
        }
        assertThat(audit.latest(100)).hasSize(50);
    }

    @Test
    void aBatchTheDatabaseRefusedForLongerThanTheProbesIsWrittenWhenItIsBack() {
        Audit audit = new Audit().opened();
        audit.failuresLeft.set(1 + QueuedVerdictLog.PROBES + 1); // the batch, the probes, and the batch once more
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        try (QueuedVerdictLog log = new QueuedVerdictLog(audit, PSEUDONYMS, InstantSource.system(), 10_000, meters)) {
            for (int i = 0; i < 50; i++) {
                log.screened("shop", sms(i), ALLOWED);
            }
        }
        assertThat(audit.latest(100)).hasSize(50);
        assertThat(refused(meters)).isZero();
    }

    @Test
    void aVerdictTheDatabaseRefusesIsDroppedAndCountedAndTheRestOfItsBatchIsWritten() throws Exception {
        Audit audit = new Audit();
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        try (QueuedVerdictLog log = new QueuedVerdictLog(audit, PSEUDONYMS, InstantSource.system(), 10_000, meters)) {
            log.screened("shop", sms(0), ALLOWED);
            audit.writing.await(); // the rest comes while the first is written: they go in one batch
            for (int i = 1; i < 50; i++) {
                log.screened(i == 20 ? REFUSED : "shop", sms(i), ALLOWED);
            }
            audit.opened();
        }
        assertThat(audit.latest(100)).hasSize(49).noneMatch(s -> s.clientId().equals(REFUSED));
        assertThat(refused(meters)).isEqualTo(1);
        assertThat(dropped(meters)).isZero();
    }

    @Test
    @Timeout(60)
    void aRefusedVerdictAloneDoesNotHoldBackTheVerdictsAfterIt() throws Exception {
        Audit audit = new Audit();
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        try (QueuedVerdictLog log = new QueuedVerdictLog(audit, PSEUDONYMS, InstantSource.system(), 10_000, meters)) {
            log.screened(REFUSED, sms(0), ALLOWED);
            audit.writing.await(); // the writer holds the refused verdict alone: the database takes none of its batch
            audit.opened();
            for (int i = 1; i < 10; i++) {
                log.screened("shop", sms(i), ALLOWED);
            }
            while (audit.latest(100).size() < 9) {
                Thread.sleep(5);
            }
        }
        assertThat(audit.latest(100)).hasSize(9);
        assertThat(refused(meters)).isEqualTo(1);
    }

    @Test
    @Timeout(60)
    void whenTheDatabaseIsSlowerThanTheTrafficTheSubmitsWaitAndNothingIsDropped() throws Exception {
        Audit audit = new Audit();
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        try (QueuedVerdictLog log = new QueuedVerdictLog(audit, PSEUDONYMS, InstantSource.system(), 10,
                Duration.ofSeconds(30), meters)) {
            Thread submits = Thread.ofPlatform().start(() -> {
                for (int i = 0; i < 100; i++) {
                    log.screened("shop", sms(i), ALLOWED);
                }
            });
            audit.writing.await();
            while (meters.get("quietline.smpp.audit.queued").gauge().value() < 10) {
                Thread.sleep(5);
            }
            assertThat(submits.isAlive()).as("the submits wait for room").isTrue();
            audit.opened();
            submits.join();
        }
        assertThat(dropped(meters)).isZero();
        assertThat(audit.latest(200)).hasSize(100);
    }

    @Test
    @Timeout(60) // a submit that waited for the held database for ever would never return: it opens after the loop
    void whenTheDatabaseWritesNothingVerdictsAreDroppedAndCountedAfterTheirWait() throws Exception {
        Audit audit = new Audit();
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        try (QueuedVerdictLog log = new QueuedVerdictLog(audit, PSEUDONYMS, InstantSource.system(), 10,
                Duration.ofMillis(5), meters)) {
            log.screened("shop", sms(0), ALLOWED);
            audit.writing.await();
            for (int i = 1; i < 100; i++) {
                log.screened("shop", sms(i), ALLOWED);
            }
            assertThat(meters.get("quietline.smpp.audit.queued").gauge().value()).isEqualTo(10);
            audit.opened();
        }
        assertThat(dropped(meters)).isEqualTo(89);
        assertThat(audit.latest(200)).hasSize(11);
    }
}
