package org.quietline.smpp;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * Looks at every session's intake each {@link EsmeIntake#STALL_NANOS} while any of them has a screener at work,
 * so that submits queued behind stalled screenings get another screener even when their ESME has stopped
 * sending (ADR 0115). With no screener at work it sleeps until one starts: a timer that woke every millisecond
 * on an idle firewall cost about 3 % of a core here. Thread-safe.
 */
final class StallWatch implements AutoCloseable {

    private final Iterable<EsmeIntake> intakes;
    private final AtomicBoolean asleep = new AtomicBoolean();
    private final Thread thread;
    private volatile boolean closed;

    StallWatch(Iterable<EsmeIntake> intakes) {
        this.intakes = intakes;
        this.thread = Thread.ofPlatform().name("smpp-stall-watch").daemon().start(this::run);
    }

    /** A screener has started: wakes the watch if it sleeps. */
    void screening() {
        if (asleep.get() && asleep.compareAndSet(true, false)) {
            LockSupport.unpark(thread);
        }
    }

    private void run() {
        while (!closed) {
            if (look()) {
                LockSupport.parkNanos(EsmeIntake.STALL_NANOS);
                continue;
            }
            asleep.set(true);
            // a screener that started after the look and before the flag went up did not wake the watch
            if (!look()) {
                LockSupport.park(this);
            }
            asleep.set(false);
        }
    }

    /** Lets each intake start another screener if it must; whether any has a screener at work. */
    private boolean look() {
        boolean busy = false;
        for (EsmeIntake intake : intakes) {
            busy |= intake.watch();
        }
        return busy;
    }

    @Override
    public void close() {
        closed = true;
        LockSupport.unpark(thread);
    }
}
