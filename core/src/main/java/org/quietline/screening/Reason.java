package org.quietline.screening;

import java.util.Objects;

/**
 * One line of a verdict's explanation: a signal that fired, what it contributed to the score under the
 * policy in force, what it means, and what was seen.
 *
 * @param signal       the signal's name
 * @param group        the policy group it is counted in (content, sender, consent, rate …)
 * @param contribution weight × strength after group caps; 0 for a reason that only forced an action
 * @param description  what the signal means, from the policy
 * @param evidence     what the check saw
 */
public record Reason(String signal, String group, double contribution, String description, String evidence) {

    /** Rejects nulls. */
    public Reason {
        Objects.requireNonNull(signal, "signal");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(evidence, "evidence");
    }
}
