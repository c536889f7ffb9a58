package org.quietline.optout;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.quietline.number.PhoneNumber;
import org.quietline.number.Sender;

/**
 * A mobile-originated message: a subscriber's reply, as an SMPP deliver_sm or an HTTP call delivers it.
 * The text is read for intent only; never log it.
 *
 * @param from       the subscriber
 * @param to         the port, short code or number replied to
 * @param text       the reply, any length, possibly empty or junk
 * @param receivedAt when the gateway received it
 * @param id         the SMSC's or the client's identity of this MO, if it has one (makes replays exact)
 */
public record Mo(PhoneNumber from, Sender to, String text, Instant receivedAt, Optional<String> id) {

    /** Rejects nulls. */
    public Mo {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(id, "id");
    }

    /** An MO without an identity of its own. */
    public Mo(PhoneNumber from, Sender to, String text, Instant receivedAt) {
        this(from, to, text, receivedAt, Optional.empty());
    }

    /** Without the text and the whole number. */
    @Override
    public String toString() {
        return "Mo[" + from.masked() + " -> " + to.masked() + ", " + text.length() + " chars, " + receivedAt + "]";
    }
}
