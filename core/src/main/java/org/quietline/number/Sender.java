package org.quietline.number;

import java.util.Objects;

/**
 * Who sends a message or places a call: an ordinary {@link PhoneNumber}, or a {@link SenderCode} that
 * the numbering plan does not know (a 106-series service port, a short code, an alphanumeric ID).
 */
public sealed interface Sender permits PhoneNumber, SenderCode {

    /** The canonical form: E.164 for a number, the code itself otherwise. Never log it; use {@link #masked()}. */
    String value();

    /** A form safe for logs and evidence. */
    String masked();

    /**
     * Reads a sender as written in an SMPP {@code source_addr}, a CDR or an API call. Service ports and
     * short codes are recognised before numbers (a 1069 port is not a phone number); text with letters is
     * an alphanumeric ID.
     *
     * @throws InvalidNumberException when it is none of these, with the reason
     */
    static Sender parse(String text) {
        Objects.requireNonNull(text, "text");
        String compact = SenderCode.compact(text);
        if (compact.isEmpty()) {
            throw new InvalidNumberException(InvalidNumberException.Problem.EMPTY, "the sender is empty");
        }
        var code = SenderCode.tryOf(compact);
        if (code.isPresent()) {
            return code.get();
        }
        try {
            return PhoneNumber.parse(text);
        } catch (InvalidNumberException e) {
            var alpha = SenderCode.tryAlphanumeric(text.strip());
            if (alpha.isPresent()) {
                return alpha.get();
            }
            throw e;
        }
    }
}
