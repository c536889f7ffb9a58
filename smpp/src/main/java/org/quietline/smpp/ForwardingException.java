package org.quietline.smpp;

import java.io.Serial;
import java.util.List;

/**
 * Forwarding to the SMSC did not (entirely) succeed. {@link #status()} is what the ESME is answered;
 * {@link #acceptedIds()} the SMSC ids of the parts it had accepted before, if any.
 */
final class ForwardingException extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient List<String> acceptedIds;

    ForwardingException(int status, String message, List<String> acceptedIds) {
        super(message, null, false, false);
        this.status = status;
        this.acceptedIds = List.copyOf(acceptedIds);
    }

    int status() {
        return status;
    }

    List<String> acceptedIds() {
        return acceptedIds;
    }
}
