package org.quietline.smpp;

import java.util.ArrayList;
import java.util.List;

/**
 * Submits to the SMSC held back on one thread while it screens a run of an ESME's submits, and written
 * together, so that the SMSC reads a run's forwards in one read instead of one each (ADR 0115). What is held
 * is written when {@link #MOST} submits are, when the first has waited {@link #LONGEST_NANOS} (checked
 * between submits, {@link #due}), when the run ends ({@link #close}), and before the thread waits for a window
 * slot ({@link #flushHere}): a held submit occupies a slot that only its answer frees.
 *
 * <p>Thread-confined: a cork belongs to the thread that opened it, and only that thread's sends are held.
 */
final class Cork implements AutoCloseable {

    /** The most submits held before they are written. */
    static final int MOST = 32;
    /** The longest the first held submit waits for the others, as checked between submits. */
    static final long LONGEST_NANOS = 1_000_000;

    private static final ThreadLocal<Cork> OPEN = new ThreadLocal<>();

    private final List<Upstream> held = new ArrayList<>(2);
    private int count;
    private long since;

    private Cork() {
    }

    /** Holds this thread's submits until the cork is closed or due. */
    static Cork open() {
        Cork cork = new Cork();
        OPEN.set(cork);
        return cork;
    }

    /**
     * Whether a cork on this thread holds {@code upstream}'s submit just queued (it writes it later); false
     * when none is open, and the caller writes.
     */
    static boolean holds(Upstream upstream) {
        Cork cork = OPEN.get();
        if (cork == null) {
            return false;
        }
        if (cork.count++ == 0) {
            cork.since = System.nanoTime();
        }
        if (!cork.held.contains(upstream)) {
            cork.held.add(upstream);
        }
        return true;
    }

    /** Writes what this thread's cork holds, if one is open: before the thread waits. */
    static void flushHere() {
        Cork cork = OPEN.get();
        if (cork != null) {
            cork.flush();
        }
    }

    /** Writes what is held if {@link #MOST} submits are or the first has waited long enough. */
    void due() {
        if (count >= MOST || count > 0 && System.nanoTime() - since >= LONGEST_NANOS) {
            flush();
        }
    }

    /** Writes what is held. */
    void flush() {
        if (count == 0) {
            return;
        }
        count = 0;
        for (Upstream upstream : held) {
            upstream.flush();
        }
        held.clear();
    }

    /** Writes what is held; this thread's submits are written as they are sent again. */
    @Override
    public void close() {
        flush();
        OPEN.remove();
    }
}
