package org.quietline.server.cli;

import java.io.Serial;

/** Bad command-line usage: the message says what was wrong and how to call the command. */
public final class UsageException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    /** With a message for the user. */
    public UsageException(String message) {
        super(message);
    }
}
