package org.quietline.screening;

import java.util.Objects;

/**
 * What a check saw: a named signal, how strongly, and the evidence. A finding never says how much it
 * weighs; the {@code Policy} does.
 *
 * @param signal   the signal's stable UPPER_SNAKE name, documented in the policy (e.g. {@code MISSING_SIGNATURE})
 * @param strength how strongly it matched, 0–1 (a classifier probability, 1.0 for a plain match)
 * @param evidence what matched, for people: short, and never a whole number or the message text
 */
public record Finding(String signal, double strength, String evidence) {

    /** Validates the name and the strength. */
    public Finding {
        Objects.requireNonNull(signal, "signal");
        Objects.requireNonNull(evidence, "evidence");
        if (!Signals.isWellFormed(signal)) {
            throw new IllegalArgumentException("a signal is named in UPPER_SNAKE: " + signal);
        }
        if (!(strength >= 0 && strength <= 1)) {
            throw new IllegalArgumentException("a finding's strength lies in [0, 1], was " + strength);
        }
    }
}
