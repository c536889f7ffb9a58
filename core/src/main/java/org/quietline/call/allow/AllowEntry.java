package org.quietline.call.allow;

import java.util.Objects;
import org.quietline.call.NumberPattern;

/**
 * One registered legitimate caller: a number or range, what it is, and its name.
 *
 * @param pattern the number(s)
 * @param kind    what it is
 * @param name    who it is, for people: 顺丰速运, 招商银行
 */
public record AllowEntry(NumberPattern pattern, AllowKind kind, String name) {

    /** Rejects nulls and an empty name. */
    public AllowEntry {
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        if (name.isBlank() || name.length() > 80) {
            throw new IllegalArgumentException("an allow entry's name has 1 to 80 characters");
        }
    }
}
