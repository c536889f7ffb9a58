package org.quietline.call.guardian;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.quietline.number.PhoneNumber;
import org.quietline.number.Sender;
import org.quietline.screening.Action;

/**
 * A call as the journal keeps it: who called whom, when, and what the verdict did with it and why.
 *
 * @param id     the journal's id, for allowing the caller in one step
 * @param callee the subscriber
 * @param caller the caller
 * @param at     when
 * @param action what happened
 * @param label  the label shown, if any
 * @param why    the leading reason's signal, or the forcing one
 */
public record ScreenedCall(long id, PhoneNumber callee, Sender caller, Instant at, Action action,
                           Optional<String> label, String why) {

    /** Rejects nulls. */
    public ScreenedCall {
        Objects.requireNonNull(callee, "callee");
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(why, "why");
    }

    /** Whether the call did not ring through (blocked, deferred or held). */
    public boolean stopped() {
        return action == Action.BLOCK || action == Action.DEFER || action == Action.HOLD;
    }

    /** Masked. */
    @Override
    public String toString() {
        return "ScreenedCall[" + id + ", " + caller.masked() + " → " + callee.masked() + ", " + action + ", " + why + "]";
    }
}
