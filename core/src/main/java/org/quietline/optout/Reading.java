package org.quietline.optout;

import java.util.Objects;

/**
 * What the parser made of a reply: the intent and the rule that decided it, so that an outcome can say
 * why ({@code keyword:td}, {@code phrase:不要再发}, {@code port-code:0000}). The rule quotes a vocabulary
 * entry, never the reply itself, so it is safe for logs and evidence.
 *
 * @param intent what the reply asks for
 * @param rule   the vocabulary entry that matched; {@code none} when nothing did
 */
public record Reading(Intent intent, String rule) {

    /** Rejects nulls. */
    public Reading {
        Objects.requireNonNull(intent, "intent");
        Objects.requireNonNull(rule, "rule");
    }

    static Reading none() {
        return new Reading(Intent.NONE, "none");
    }
}
