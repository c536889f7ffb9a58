package org.quietline.call.campaign;

/**
 * The unwanted-looking calls from one range within the campaign window (calls not answered, or hung up at
 * once): which numbers made them, to whom, and how many callees were called by two or more of those
 * numbers. Answered calls of normal length never enter, so a courier or a family never fills a window.
 * Events leave in arrival order once older than the window (records arriving late are placed by arrival,
 * so a late record lingers a little longer). At most {@code CAP} events are kept per range, the oldest
 * dropped first, so that a busy range costs bounded memory. Each event is three consecutive {@code long}s,
 * so that adding and evicting touch one cache line each. Guarded by its own monitor.
 */
final class RangeWindow {

    static final int CAP = 4096;

    private long[] events = new long[3 * 8];
    private int head;
    private int size;
    private long newest = Long.MIN_VALUE;

    private final LongCounter callers = new LongCounter();
    private final LongCounter pairs = new LongCounter();
    private final LongCounter calleeCallers = new LongCounter();
    private int shared;

    /** Adds a call at {@code at} (epoch seconds) and drops what fell out of the window. */
    synchronized void add(long at, long from, long to, long windowSeconds) {
        newest = Math.max(newest, at);
        int capacity = events.length / 3;
        while (size > 0 && (events[3 * head] <= newest - windowSeconds || size >= CAP)) {
            evict(capacity);
        }
        if (size == capacity) {
            grow();
            capacity = events.length / 3;
        }
        int slot = 3 * ((head + size) % capacity);
        events[slot] = at;
        events[slot + 1] = from;
        events[slot + 2] = to;
        size++;
        callers.increment(from);
        if (pairs.increment(pair(to, from)) == 1 && calleeCallers.increment(to) == 2) {
            shared++;
        }
    }

    /** Whether the window looks like numbers acting as one under {@code s}. */
    synchronized boolean looksLikeCampaign(CampaignSettings s) {
        return callers.size() >= s.minMembers() && calleeCallers.size() >= s.minVictims() && shared >= s.minShared();
    }

    /** The callers ([0]) and the callees ([1]) in the window. */
    synchronized long[][] participants() {
        return new long[][] {callers.keys(), calleeCallers.keys()};
    }

    private void evict(int capacity) {
        int slot = 3 * head;
        long from = events[slot + 1];
        long to = events[slot + 2];
        callers.decrement(from);
        if (pairs.decrement(pair(to, from)) == 0 && calleeCallers.decrement(to) == 1) {
            shared--;
        }
        head = (head + 1) % capacity;
        size--;
    }

    private void grow() {
        int capacity = events.length / 3;
        long[] bigger = new long[events.length * 2];
        for (int i = 0; i < size; i++) {
            System.arraycopy(events, 3 * ((head + i) % capacity), bigger, 3 * i, 3);
        }
        events = bigger;
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
