package org.quietline.call.behaviour;

import java.util.Arrays;

/**
 * One caller's calls in hourly buckets (a ring over the window), and its recent callees with the start of
 * the latest call to each (for distinct counts and duplicate detection). Guarded by its own monitor.
 */
final class CallerTally {

    private static final long EMPTY = Long.MIN_VALUE;

    private final int hours;
    private final long shortSeconds;
    private final int calleeCap;
    private final long[] hourOf;
    private final int[] calls;
    private final int[] answered;
    private final int[] shortCalls;
    private final long[] talk;
    private long[] callees = new long[8];
    private long[] lastStart = new long[8];
    private int calleeCount;
    private long latestHour = EMPTY;

    CallerTally(BehaviourSettings s) {
        this.hours = s.hours();
        this.shortSeconds = s.shortCall().toSeconds();
        this.calleeCap = s.calleeCap();
        this.hourOf = new long[hours];
        Arrays.fill(hourOf, EMPTY);
        this.calls = new int[hours];
        this.answered = new int[hours];
        this.shortCalls = new int[hours];
        this.talk = new long[hours];
    }

    synchronized BehaviourBook.Outcome add(long callee, long start, boolean wasAnswered, long seconds) {
        long hour = Math.floorDiv(start, 3600);
        if (latestHour != EMPTY && hour <= latestHour - hours) {
            return BehaviourBook.Outcome.STALE;
        }
        if (!remember(callee, start)) {
            return BehaviourBook.Outcome.DUPLICATE;
        }
        latestHour = latestHour == EMPTY ? hour : Math.max(latestHour, hour);
        int slot = (int) Math.floorMod(hour, hours);
        if (hourOf[slot] != hour) {
            hourOf[slot] = hour;
            calls[slot] = 0;
            answered[slot] = 0;
            shortCalls[slot] = 0;
            talk[slot] = 0;
        }
        calls[slot]++;
        if (wasAnswered) {
            answered[slot]++;
            talk[slot] += seconds;
            shortCalls[slot] += seconds < shortSeconds ? 1 : 0;
        }
        return BehaviourBook.Outcome.COUNTED;
    }

    synchronized CallerBehaviour behaviour(long now) {
        long hourNow = Math.floorDiv(now, 3600);
        int c = 0;
        int a = 0;
        int s = 0;
        long t = 0;
        int active = 0;
        for (int i = 0; i < hours; i++) {
            long h = hourOf[i];
            if (h != EMPTY && h <= hourNow && h > hourNow - hours && calls[i] > 0) {
                c += calls[i];
                a += answered[i];
                s += shortCalls[i];
                t += talk[i];
                active++;
            }
        }
        long since = (hourNow - hours + 1) * 3600;
        int distinct = 0;
        for (int i = 0; i < calleeCount; i++) {
            if (lastStart[i] >= since && lastStart[i] < (hourNow + 1) * 3600) {
                distinct++;
            }
        }
        return new CallerBehaviour(c, distinct, a, s, t, active);
    }

    /** Records the call to {@code callee} at {@code start}; false when exactly that call was the latest one. */
    private boolean remember(long callee, long start) {
        for (int i = 0; i < calleeCount; i++) {
            if (callees[i] == callee) {
                if (lastStart[i] == start) {
                    return false;
                }
                lastStart[i] = Math.max(lastStart[i], start);
                return true;
            }
        }
        if (calleeCount == calleeCap) {
            evictOldest();
        }
        if (calleeCount == callees.length) {
            callees = Arrays.copyOf(callees, Math.min(calleeCap, calleeCount * 2));
            lastStart = Arrays.copyOf(lastStart, callees.length);
        }
        callees[calleeCount] = callee;
        lastStart[calleeCount] = start;
        calleeCount++;
        return true;
    }

    private void evictOldest() {
        int oldest = 0;
        for (int i = 1; i < calleeCount; i++) {
            if (lastStart[i] < lastStart[oldest]) {
                oldest = i;
            }
        }
        calleeCount--;
        callees[oldest] = callees[calleeCount];
        lastStart[oldest] = lastStart[calleeCount];
    }
}
