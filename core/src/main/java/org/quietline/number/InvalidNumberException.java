package org.quietline.number;

import java.io.Serial;

/**
 * Thrown when text cannot be read as a phone number or sender. The {@link #problem()} says what was
 * wrong in a form an API can map to a field error; the message says it in words. The message never
 * repeats more than a masked excerpt of the input, so it is safe to log and to answer to a client.
 */
public final class InvalidNumberException extends IllegalArgumentException {

    @Serial
    private static final long serialVersionUID = 1L;

    /** What was wrong with the input. */
    public enum Problem {
        /** Nothing but blanks. */
        EMPTY,
        /** Characters that no way of writing a number uses. */
        NOT_A_NUMBER,
        /** Fewer digits than any number of that country has. */
        TOO_SHORT,
        /** More digits than any number of that country has. */
        TOO_LONG,
        /** A well-formed string that is not a number in use (for example a 12-digit Chinese mobile). */
        NOT_IN_USE,
        /** A sender code that is neither a number, a service port, a short code nor an alphanumeric ID. */
        NOT_A_SENDER
    }

    private final Problem problem;

    InvalidNumberException(Problem problem, String message) {
        super(message);
        this.problem = problem;
    }

    /** What was wrong. */
    public Problem problem() {
        return problem;
    }
}
