package org.quietline.screening;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the policy says about one signal: its group, its weight, what it means, which subjects it applies
 * to, and whether it forces an action. Immutable, thread-safe.
 *
 * @param name        the UPPER_SNAKE name checks report
 * @param group       the group its contribution is counted (and capped) in
 * @param weight      points per unit of strength; negative for signals that speak for a message
 * @param description what it means, for people (shown in every verdict)
 * @param subjects    the kinds of subject it applies to; findings on other kinds are ignored
 * @param forcing     the action it forces, if any
 * @param label       what a subscriber is shown when this signal leads a LABEL verdict, if anything;
 *                    {@value #EVIDENCE_LABEL} shows the finding's evidence (a caller label such as
 *                    被 312 人标记为装修推销, which only the check knows)
 */
public record Signal(String name, String group, double weight, String description, Set<SubjectKind> subjects,
                     Optional<Forcing> forcing, Optional<String> label) {

    /** The label that stands for the finding's evidence. */
    public static final String EVIDENCE_LABEL = "{evidence}";

    /** Validates and copies. */
    public Signal {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(description, "description");
        subjects = Set.copyOf(subjects);
        Objects.requireNonNull(forcing, "forcing");
        Objects.requireNonNull(label, "label");
        if (!Signals.isWellFormed(name)) {
            throw new IllegalArgumentException("a signal is named in UPPER_SNAKE: " + name);
        }
    }

    /** Whether findings of this signal count for {@code kind}. */
    public boolean appliesTo(SubjectKind kind) {
        return subjects.contains(kind);
    }
}
