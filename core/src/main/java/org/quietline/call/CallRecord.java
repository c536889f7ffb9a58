package org.quietline.call;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.quietline.number.PhoneNumber;

/**
 * One call as the network recorded it (a CDR): who called whom, when, for how long, and whether it was
 * answered.
 *
 * @param caller   the calling number as presented
 * @param callee   the called subscriber
 * @param start    when the call started
 * @param duration how long it lasted once answered (zero when not answered)
 * @param answered whether the callee picked up
 */
public record CallRecord(PhoneNumber caller, PhoneNumber callee, Instant start, Duration duration, boolean answered) {

    /** Rejects nulls and negative durations. */
    public CallRecord {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(callee, "callee");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative()) {
            throw new IllegalArgumentException("a call's duration is not negative");
        }
    }

    /** With the numbers masked. */
    @Override
    public String toString() {
        return "CallRecord[" + caller.masked() + " → " + callee.masked() + ", " + start + ", " + duration.toSeconds()
                + " s" + (answered ? "" : ", not answered") + "]";
    }
}
