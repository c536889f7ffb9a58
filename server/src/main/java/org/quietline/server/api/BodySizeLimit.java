package org.quietline.server.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses API request bodies over the configured size with 413: at once when {@code Content-Length}
 * says so, otherwise when the stream passes the limit while it is read (chunked bodies). Applies to
 * every endpoint, so endpoints added later are covered without doing anything. Thread-safe.
 */
public final class BodySizeLimit extends OncePerRequestFilter {

    private final long defaultLimit;
    private final java.util.Map<String, Long> byPath;
    private final ProblemWriter problems;

    /** Refusing bodies over {@code limit} bytes; answers with {@code problems}. */
    public BodySizeLimit(long limit, ProblemWriter problems) {
        this(limit, java.util.Map.of(), problems);
    }

    /**
     * Refusing bodies over {@code limit} bytes, except on the exact request paths of {@code byPath}, which
     * have their own limits (bulk endpoints such as {@code /api/v1/scrub}).
     */
    public BodySizeLimit(long limit, java.util.Map<String, Long> byPath, ProblemWriter problems) {
        this.defaultLimit = limit;
        this.byPath = java.util.Map.copyOf(byPath);
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = byPath.getOrDefault(request.getRequestURI(), defaultLimit);
        if (request.getContentLengthLong() > limit) {
            problems.write(request, response, tooLarge(limit));
            return;
        }
        chain.doFilter(new Limited(request, limit), response);
    }

    /** The 413 problem. */
    static org.springframework.http.ProblemDetail tooLarge(long limit) {
        return Problems.of(HttpStatus.CONTENT_TOO_LARGE, Problems.BODY_TOO_LARGE, "The request body is too large",
                "the API accepts request bodies of at most " + limit + " bytes");
    }

    private static final class Limited extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Counting(super.getInputStream(), limit);
            }
            return stream;
        }
    }

    private static final class Counting extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private long read;

        Counting(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws BodyTooLargeException {
            read += n;
            if (read > limit) {
                throw new BodyTooLargeException(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
