package org.quietline.server.api;

import java.io.IOException;
import java.io.Serial;

/**
 * A request body longer than the API accepts; answered as 413. An {@link IOException} because it is
 * thrown from the body's input stream while it is read.
 */
public final class BodyTooLargeException extends IOException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long limit;

    /** For a body over {@code limit} bytes. */
    public BodyTooLargeException(long limit) {
        super("the request body is larger than " + limit + " bytes");
        this.limit = limit;
    }

    /** The largest body accepted, in bytes. */
    public long limit() {
        return limit;
    }
}
