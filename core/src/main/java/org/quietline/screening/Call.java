package org.quietline.screening;

import java.time.Instant;
import java.util.Objects;
import org.quietline.number.PhoneNumber;
import org.quietline.number.Sender;

/**
 * A call about to be put through to a subscriber.
 *
 * @param caller the calling number as presented (it may be spoofed)
 * @param callee the subscriber
 * @param at     when the call is placed
 */
public record Call(Sender caller, PhoneNumber callee, Instant at) implements Subject {

    /** Rejects nulls. */
    public Call {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(callee, "callee");
        Objects.requireNonNull(at, "at");
    }

    @Override
    public Sender sender() {
        return caller;
    }

    @Override
    public PhoneNumber recipient() {
        return callee;
    }

    @Override
    public String toString() {
        return "Call[" + caller.masked() + " -> " + callee.masked() + ", " + at + "]";
    }
}
