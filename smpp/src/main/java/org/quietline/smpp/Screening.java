package org.quietline.smpp;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.quietline.screening.Screener;
import org.quietline.screening.Sms;
import org.quietline.screening.Verdict;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks the screener for a verdict within a time budget and turns it into a {@link Decision} through the
 * status table; when the screener throws or overruns, the failure policy decides. Thread-safe.
 */
final class Screening implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Screening.class);

    private final Screener screener;
    private final FailurePolicy failures;
    private final long budgetNanos;
    private final ExecutorService runner;
    private final VerdictLog log;

    /** A budget of zero screens on the caller's thread without a time limit (saves a thread hop). */
    Screening(Screener screener, FailurePolicy failures, Duration budget, VerdictLog log) {
        this.screener = screener;
        this.failures = failures;
        this.log = log;
        this.budgetNanos = budget.toNanos();
        this.runner = Executors.newVirtualThreadPerTaskExecutor();
    }

    /** Screens {@code sms} submitted by {@code platform}. Never throws. */
    Decision decide(String platform, Sms sms) {
        Verdict verdict;
        try {
            verdict = budgetNanos == 0 ? screener.screen(sms) : withinBudget(sms);
        } catch (RuntimeException | TimeoutException | ExecutionException e) {
            LOG.warn("screening {} failed ({}); fail mode decides", sms, e.getClass().getSimpleName());
            return failed(sms);
        }
        try {
            log.screened(platform, sms, verdict);
        } catch (RuntimeException e) {
            LOG.warn("the verdict log failed ({}); the verdict stands", e.getClass().getSimpleName());
        }
        if (StatusTable.forwards(verdict)) {
            return new Decision.Forward(verdict.action().name());
        }
        return new Decision.Refuse(verdict.action().name(), StatusTable.refusalFor(verdict));
    }

    private Verdict withinBudget(Sms sms) throws TimeoutException, ExecutionException {
        Future<Verdict> future = runner.submit(() -> screener.screen(sms));
        try {
            return future.get(budgetNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TimeoutException("interrupted while screening");
        } finally {
            future.cancel(true);
        }
    }

    private Decision failed(Sms sms) {
        return switch (failures.modeFor(sms)) {
            case OPEN -> new Decision.Forward("FAILED_OPEN");
            case CLOSED -> new Decision.Refuse("FAILED_CLOSED", StatusTable.SYSTEM_ERROR);
        };
    }

    @Override
    public void close() {
        runner.shutdownNow();
    }
}
