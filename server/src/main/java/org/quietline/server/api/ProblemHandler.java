package org.quietline.server.api;

import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * Turns every failure inside Spring MVC into a problem (RFC 9457) that names what was wrong, and
 * never into a stack trace. Client errors are not logged with their details (they may quote the
 * request); server errors are logged with an incident id that the answer repeats.
 */
@RestControllerAdvice
final class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<Object> invalid(InvalidRequestException e) {
        LOG.debug("refused a request: {} problem(s) in {}", e.problems().size(),
                e.problems().stream().map(FieldProblem::field).toList());
        return problem(Problems.invalid(e.problems()));
    }

    @ExceptionHandler(BodyTooLargeException.class)
    ResponseEntity<Object> tooLarge(BodyTooLargeException e) {
        return problem(BodySizeLimit.tooLarge(e.limit()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> denied(AccessDeniedException e) {
        return problem(Problems.of(HttpStatus.FORBIDDEN, Problems.FORBIDDEN, "Forbidden",
                "this API key's role does not allow this request"));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        return problem(internal(e));
    }

    /** The 500 problem for {@code e}, logged with a fresh incident id. */
    static ProblemDetail internal(Throwable e) {
        String incident = UUID.randomUUID().toString();
        LOG.error("incident {}: {}", incident, e.getClass().getName(), e);
        ProblemDetail problem = Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, Problems.INTERNAL,
                "Internal error", "Quietline failed to handle this request; the operator's log has incident " + incident);
        problem.setProperty("incident", incident);
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BodyTooLargeException tooLarge) {
                return tooLarge(tooLarge);
            }
        }
        return problem(Problems.invalid(List.of(unreadable(e))));
    }

    /**
     * What Jackson could not read, by field path; its own message is not passed on because it may
     * quote the request.
     */
    private static FieldProblem unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof JacksonException j && !j.getPath().isEmpty()) {
            String path = j.getPathReference().replace("\"", "");
            String field = path.substring(path.indexOf('[') + 1, path.length() - 1);
            return new FieldProblem(field, "WRONG_TYPE", field + " has a value of the wrong type or format");
        }
        return new FieldProblem(FieldProblem.BODY, "NOT_JSON", "the body is missing or is not valid JSON (UTF-8)");
    }

    private static ResponseEntity<Object> problem(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
