package org.quietline.smpp.text;

import java.io.Serial;

/**
 * Thrown when a short message cannot be read under its data_coding (an octet that is not a GSM septet,
 * UCS-2 of odd length, a truncated user data header). The message says where, never what the text was.
 */
public final class UndecodableTextException extends IllegalArgumentException {

    @Serial
    private static final long serialVersionUID = 1L;

    /** With a description of what was wrong, free of message content. */
    public UndecodableTextException(String message) {
        super(message);
    }
}
