package org.quietline.call.campaign;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.quietline.call.CallLabel;
import org.quietline.call.range.NumberRange;
import org.quietline.number.PhoneNumber;

/** One campaign while it is tracked: its members and victims. Guarded by its own monitor. */
final class CampaignState {

    private static final int SAMPLE = 64;

    final String id;
    volatile NumberRange range;
    private final LongCounter members = new LongCounter();
    private final LongCounter victims = new LongCounter();
    private final List<PhoneNumber> sample = new ArrayList<>();
    private final LongCounter sampled = new LongCounter();
    private long calls;
    private long firstSeen;
    private volatile long lastSeen;

    CampaignState(String id, NumberRange range, long firstSeen) {
        this.id = id;
        this.range = range;
        this.firstSeen = firstSeen;
        this.lastSeen = firstSeen;
    }

    synchronized void call(long callerKey, PhoneNumber caller, long calleeKey, long at) {
        members.increment(callerKey);
        if (sample.size() < SAMPLE && sampled.increment(callerKey) == 1) {
            sample.add(caller);
        }
        victims.increment(calleeKey);
        calls++;
        firstSeen = Math.min(firstSeen, at);
        lastSeen = Math.max(lastSeen, at);
    }

    /** Counts the numbers and victims of the window that revealed the campaign. */
    synchronized void seed(long[] callerKeys, long[] calleeKeys) {
        for (long m : callerKeys) {
            members.increment(m);
        }
        for (long v : calleeKeys) {
            victims.increment(v);
        }
    }

    synchronized void absorb(CampaignState other) {
        for (long m : other.memberKeys()) {
            members.increment(m);
        }
        for (long v : other.victimKeys()) {
            victims.increment(v);
        }
        for (PhoneNumber p : other.samples()) {
            if (sample.size() < SAMPLE && !sample.contains(p)) {
                sample.add(p);
            }
        }
        calls += other.calls();
        firstSeen = Math.min(firstSeen, other.firstSeen());
        lastSeen = Math.max(lastSeen, other.lastSeen);
    }

    synchronized boolean hasVictim(long calleeKey) {
        return victims.get(calleeKey) > 0;
    }

    long lastSeen() {
        return lastSeen;
    }

    synchronized long firstSeen() {
        return firstSeen;
    }

    synchronized long calls() {
        return calls;
    }

    synchronized long[] memberKeys() {
        return members.keys();
    }

    synchronized long[] victimKeys() {
        return victims.keys();
    }

    synchronized List<PhoneNumber> samples() {
        return List.copyOf(sample);
    }

    private Campaign cached;
    private long cachedAtCalls = -1;

    /**
     * A snapshot, labelled by the most common label among the sampled members. Cached until 32 more calls
     * were seen, so that screening a call does not look up 64 reputations every time.
     */
    Campaign view(Function<PhoneNumber, Optional<CallLabel>> labels) {
        synchronized (this) {
            if (cached != null && calls - cachedAtCalls < 32 && cached.range().equals(range)
                    && cached.lastSeen().getEpochSecond() == lastSeen) {
                return cached;
            }
        }
        Campaign fresh = snapshot(labels);
        synchronized (this) {
            cached = fresh;
            cachedAtCalls = fresh.calls();
        }
        return fresh;
    }

    private Campaign snapshot(Function<PhoneNumber, Optional<CallLabel>> labels) {
        List<PhoneNumber> s;
        int m;
        int v;
        long c;
        long first;
        synchronized (this) {
            s = List.copyOf(sample);
            m = members.size();
            v = victims.size();
            c = calls;
            first = firstSeen;
        }
        int[] votes = new int[CallLabel.values().length];
        for (PhoneNumber p : s) {
            labels.apply(p).ifPresent(l -> votes[l.ordinal()]++);
        }
        CallLabel best = null;
        for (CallLabel l : CallLabel.values()) {
            if (votes[l.ordinal()] > 0 && (best == null || votes[l.ordinal()] > votes[best.ordinal()])) {
                best = l;
            }
        }
        return new Campaign(id, range, m, v, c, Instant.ofEpochSecond(first), Instant.ofEpochSecond(lastSeen),
                Optional.ofNullable(best), s.stream().limit(10).map(PhoneNumber::masked).toList());
    }
}
