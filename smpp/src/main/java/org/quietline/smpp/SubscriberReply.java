package org.quietline.smpp;

import java.time.Instant;
import java.util.Objects;
import org.quietline.number.PhoneNumber;
import org.quietline.number.Sender;

/**
 * A subscriber's reply (an MO deliver_sm) as the firewall received it from the SMSC. The text is held for
 * the opt-out logic only; never log it.
 *
 * @param subscriber who replied
 * @param to         the address replied to: the sender's service port or short code
 * @param text       what was typed (T, TD, 退订, STOP …)
 * @param at         when it arrived
 */
public record SubscriberReply(PhoneNumber subscriber, Sender to, String text, Instant at) {

    /** Rejects nulls. */
    public SubscriberReply {
        Objects.requireNonNull(subscriber, "subscriber");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(at, "at");
    }

    /** Without the text. */
    @Override
    public String toString() {
        return "SubscriberReply[" + subscriber.masked() + " -> " + to.masked() + ", " + text.length() + " chars, " + at + "]";
    }
}
