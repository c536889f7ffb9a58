package org.quietline.call.behaviour;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.quietline.call.CallRecord;
import org.quietline.number.NumberKey;
import org.quietline.number.PhoneNumber;

/**
 * Per-caller behaviour from call records, in memory, over a sliding window of hourly buckets: calls,
 * answered calls, short calls, talk time and distinct callees. Records may arrive out of order (each is
 * put in the hour it happened, if that hour is still in the window; older ones are counted as stale) and
 * twice (a record with the same callee and start as the caller's latest call to that callee is dropped as a
 * duplicate). Memory is bounded per caller by the callee cap.
 *
 * <p>Thread-safe: every caller's tally is updated under its own lock, so ingest scales with callers.
 */
public final class BehaviourBook {

    /** What happened to one record. */
    public enum Outcome {
        /** Counted. */
        COUNTED,
        /** The same call was already counted. */
        DUPLICATE,
        /** Older than the window; not counted. */
        STALE
    }

    private final BehaviourSettings settings;
    private final Map<Long, CallerTally> callers = new ConcurrentHashMap<>();

    /** A book with {@code settings}. */
    public BehaviourBook(BehaviourSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** A book with the shipped settings. */
    public BehaviourBook() {
        this(BehaviourSettings.DEFAULTS);
    }

    /** Counts one call record. */
    public Outcome record(CallRecord r) {
        return record(r, NumberKey.of(r.caller()), NumberKey.of(r.callee()));
    }

    /** Counts one call record whose numbers' keys ({@link NumberKey}) the caller already has. */
    public Outcome record(CallRecord r, long callerKey, long calleeKey) {
        CallerTally t = callers.get(callerKey);
        if (t == null) {
            t = callers.computeIfAbsent(callerKey, k -> new CallerTally(settings));
        }
        return t.add(calleeKey, r.start().getEpochSecond(), r.answered(), r.answered() ? r.duration().toSeconds() : 0);
    }

    /** How {@code caller} called in the window that ends at {@code at}. */
    public CallerBehaviour behaviour(PhoneNumber caller, Instant at) {
        CallerTally t = callers.get(NumberKey.of(caller));
        return t == null ? CallerBehaviour.NONE : t.behaviour(at.getEpochSecond());
    }

    /** How many callers are tracked. */
    public int callers() {
        return callers.size();
    }
}
