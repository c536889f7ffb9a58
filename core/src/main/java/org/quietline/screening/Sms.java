package org.quietline.screening;

import java.time.Instant;
import java.util.Objects;
import org.quietline.number.PhoneNumber;
import org.quietline.number.Sender;

/**
 * A mobile-terminated message to one recipient, as submitted (by SMPP or HTTP). Long messages arrive
 * here already reassembled. The text is held for screening only; never log it.
 *
 * @param sender    who sends: a service port, a short code, an ID or a number
 * @param recipient the subscriber
 * @param text      the whole text, any length (possibly empty)
 * @param at        when it was submitted
 */
public record Sms(Sender sender, PhoneNumber recipient, String text, Instant at) implements Subject {

    /** Rejects nulls. */
    public Sms {
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(at, "at");
    }

    /** Without the text, which must never appear in logs. */
    @Override
    public String toString() {
        return "Sms[" + sender.masked() + " -> " + recipient.masked() + ", " + text.length() + " chars, " + at + "]";
    }
}
