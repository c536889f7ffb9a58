package org.quietline.call.campaign;

/**
 * The calls from one range within the campaign window: which numbers called, whom, and how many callees
 * were called by two or more of them. Events leave in arrival order once older than the window (records
 * arriving late are placed by arrival, so a late record lingers a little longer). At most {@code CAP}
 * events are kept per range, the oldest dropped first, so that a busy ordinary range costs bounded memory.
 * Guarded by its own monitor.
 */
final class RangeWindow {

    static final int CAP = 4096;

    private long[] time = new long[16];
    private long[] caller = new long[16];
    private long[] callee = new long[16];
    private byte[] kind = new byte[16];
    private int head;
    private int size;

    private final LongCounter callers = new LongCounter();
    private final LongCounter pairs = new LongCounter();
    private final LongCounter calleeCallers = new LongCounter();
    private int shared;
    private int answered;
    private int shortCalls;

    /** Adds a call (kind: 0 not answered, 1 answered, 2 answered but short) and drops what fell out of the window. */
    synchronized void add(long at, long from, long to, byte how, long windowSeconds) {
        long newest = size == 0 ? at : Math.max(at, time[(head + size - 1) % time.length]);
        while (size > 0 && (time[head] <= newest - windowSeconds || size >= CAP)) {
            evict();
        }
        if (size == time.length) {
            grow();
        }
        int slot = (head + size) % time.length;
        time[slot] = at;
        caller[slot] = from;
        callee[slot] = to;
        kind[slot] = how;
        size++;
        callers.increment(from);
        if (pairs.increment(pair(to, from)) == 1 && calleeCallers.increment(to) == 2) {
            shared++;
        }
        answered += how > 0 ? 1 : 0;
        shortCalls += how == 2 ? 1 : 0;
    }

    /** Whether the window looks like numbers acting as one under {@code s}. */
    synchronized boolean looksLikeCampaign(CampaignSettings s) {
        if (callers.size() < s.minMembers() || calleeCallers.size() < s.minVictims() || shared < s.minShared()) {
            return false;
        }
        double answerRate = (double) answered / size;
        double shortShare = answered == 0 ? 1 : (double) shortCalls / answered;
        return answerRate <= s.maxAnswerRate() || shortShare >= s.minShortShare();
    }

    /** The callers and callees in the window: [callers..., callees...] split at {@code result[0].length}. */
    synchronized long[][] participants() {
        return new long[][] {callers.keys(), calleeCallers.keys()};
    }

    private void evict() {
        long from = caller[head];
        long to = callee[head];
        callers.decrement(from);
        if (pairs.decrement(pair(to, from)) == 0 && calleeCallers.decrement(to) == 1) {
            shared--;
        }
        answered -= kind[head] > 0 ? 1 : 0;
        shortCalls -= kind[head] == 2 ? 1 : 0;
        head = (head + 1) % time.length;
        size--;
    }

    private void grow() {
        int n = time.length * 2;
        long[] t = new long[n];
        long[] a = new long[n];
        long[] b = new long[n];
        byte[] k = new byte[n];
        for (int i = 0; i < size; i++) {
            int from = (head + i) % time.length;
            t[i] = time[from];
            a[i] = caller[from];
            b[i] = callee[from];
            k[i] = kind[from];
        }
        time = t;
        caller = a;
        callee = b;
        kind = k;
        head = 0;
    }

    /** One key per (callee, caller) pair; a collision would only merge two pairs' counts. */
    private static long pair(long to, long from) {
        return to * 0x9E3779B97F4A7C15L ^ Long.rotateLeft(from, 29);
    }

    @Override
    public synchronized String toString() {
        return "RangeWindow[" + size + " calls, " + callers.size() + " callers, " + calleeCallers.size() + " callees, "
                + shared + " shared]";
    }
}
