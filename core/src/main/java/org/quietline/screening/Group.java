package org.quietline.screening;

import java.util.Objects;

/**
 * A group of signals whose positive contributions together are capped, so that many signals saying the
 * same thing (five marketing hints) do not add up to more than the thing itself. Immutable.
 *
 * @param name        the group's name, such as {@code content}
 * @param maxScore    the most its positive contributions may add up to
 * @param description what the group is about
 */
public record Group(String name, double maxScore, String description) {

    /** Rejects nulls. */
    public Group {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
    }
}
