package org.quietline.server.api;

import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The problem types of the Quietline API (RFC 9457). Types are {@code tag:} URIs (RFC 4151): stable
 * identifiers that do not pretend to be web pages; docs/server.md describes each.
 */
public final class Problems {

    /** One or more fields of the request are missing, of the wrong type or invalid; see {@code errors}. */
    public static final URI INVALID_REQUEST = type("invalid-request");
    /** The body is not valid UTF-8 or not JSON. */
    public static final URI MALFORMED_BODY = type("malformed-body");
    /** The body is larger than the API accepts. */
    public static final URI BODY_TOO_LARGE = type("body-too-large");
    /** No API key, or one that is unknown or revoked. */
    public static final URI UNAUTHENTICATED = type("unauthenticated");
    /** The API key's role does not allow this. */
    public static final URI FORBIDDEN = type("forbidden");
    /** Something failed inside Quietline; the log has the details under the incident id. */
    public static final URI INTERNAL = type("internal-error");

    private Problems() {
    }

    /** A problem of {@code type} with a title and detail. */
    public static ProblemDetail of(HttpStatus status, URI type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        return problem;
    }

    /** The 400 problem for field problems, listing them in {@code errors}. */
    public static ProblemDetail invalid(List<FieldProblem> problems) {
        boolean malformed = problems.size() == 1 && problems.getFirst().field().equals(FieldProblem.BODY);
        ProblemDetail problem = of(HttpStatus.BAD_REQUEST, malformed ? MALFORMED_BODY : INVALID_REQUEST,
                malformed ? "The request body cannot be read" : "The request has invalid fields",
                new InvalidRequestException(problems).getMessage());
        problem.setProperty("errors", problems);
        return problem;
    }

    private static URI type(String name) {
        return URI.create("tag:quietline.org,2026:problem/" + name);
    }
}
