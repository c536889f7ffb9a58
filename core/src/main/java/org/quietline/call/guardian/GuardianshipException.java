package org.quietline.call.guardian;

import java.io.Serial;

/** A guardian acted on a number they are not the guardian of, or on a journal entry not of their ward. */
public final class GuardianshipException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    GuardianshipException(String message) {
        super(message);
    }
}
