package org.quietline.server.api;

import java.util.Objects;

/**
 * What is wrong with one field of a request, as answered in a problem's {@code errors} member.
 *
 * @param field  the field's name as the client sent it ({@code recipient}), or {@code (body)} for the body as a whole
 * @param code   a stable machine-readable reason in UPPER_SNAKE ({@code MISSING}, {@code WRONG_TYPE}, {@code TOO_SHORT} …)
 * @param detail the reason in words, for a developer; never repeats a whole number or the message text
 */
public record FieldProblem(String field, String code, String detail) {

    /** The pseudo-field name for problems with the body as a whole. */
    public static final String BODY = "(body)";

    /** Rejects nulls. */
    public FieldProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(detail, "detail");
    }
}
