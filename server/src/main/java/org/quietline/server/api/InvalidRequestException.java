package org.quietline.server.api;

import java.io.Serial;
import java.util.List;

/**
 * A request the API refuses because of what is in it; answered as a 400 problem that lists every
 * {@link FieldProblem}. The message is built from the problems' details, which never hold message text or
 * whole numbers, so it is safe to log.
 */
public final class InvalidRequestException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient List<FieldProblem> problems;

    /** With at least one problem. */
    public InvalidRequestException(List<FieldProblem> problems) {
        super(summary(problems), null, false, false);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid request has at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** With one problem. */
    public InvalidRequestException(FieldProblem problem) {
        this(List.of(problem));
    }

    /** What is wrong, field by field, in the order found. */
    public List<FieldProblem> problems() {
        return problems;
    }

    private static String summary(List<FieldProblem> problems) {
        StringBuilder s = new StringBuilder();
        for (FieldProblem p : problems) {
            s.append(s.isEmpty() ? "" : "; ").append(p.field()).append(": ").append(p.detail());
        }
        return s.toString();
    }
}
