package org.quietline.server.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.quietline.server.api.ProblemWriter;
import org.quietline.server.api.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** The 401 and 403 answers of the security filter chain, as problems. Thread-safe. */
final class Unauthenticated implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ProblemWriter problems;

    Unauthenticated(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        answer(request, response, problems, "this request needs an API key: send 'Authorization: Bearer <key>'");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        problems.write(request, response, Problems.of(HttpStatus.FORBIDDEN, Problems.FORBIDDEN, "Forbidden",
                "this API key's role does not allow this request"));
    }

    static void answer(HttpServletRequest request, HttpServletResponse response, ProblemWriter problems,
            String detail) throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"quietline\"");
        problems.write(request, response, Problems.of(HttpStatus.UNAUTHORIZED, Problems.UNAUTHENTICATED,
                "Unauthenticated", detail));
    }
}
