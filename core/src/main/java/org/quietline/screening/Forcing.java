package org.quietline.screening;

import java.util.Objects;

/**
 * A hard rule attached to a signal (Rspamd's {@code force_actions}). An {@link Mode#EXACT} forcing sets
 * the action whatever the score says; when several fire, the highest {@code priority} wins and, at equal
 * priority, the harsher action. An {@link Mode#AT_LEAST} forcing is a floor: the action is at least this
 * one (quiet hours → at least DEFER), and it yields to any exact forcing. See ADR 0021.
 *
 * @param action   the action forced
 * @param mode     exact or at least
 * @param priority for exact forcings: which wins when several fire (higher wins); 0 for floors
 */
public record Forcing(Action action, Mode mode, int priority) {

    /** How a forcing combines with the score. */
    public enum Mode {
        /** The action, whatever the score. */
        EXACT,
        /** At least the action: the score may make it harsher. */
        AT_LEAST
    }

    /** Rejects nulls. */
    public Forcing {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(mode, "mode");
    }
}
