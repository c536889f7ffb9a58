package org.quietline.optout;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.quietline.consent.MerchantId;
import org.quietline.number.Sender;

/**
 * A message that reached a subscriber, as remembered to resolve what a later reply to its sender refers to.
 * Holds no text: only the sender, the merchant, the time and the reply codes its template announced.
 *
 * @param sender     who sent it
 * @param merchant   for whom, when that could be told
 * @param at         when it was screened and let through
 * @param replyCodes codes its text told the subscriber to reply to stop ({@code 0000} in "回0000退订"), lower case
 */
public record Delivery(Sender sender, Optional<MerchantId> merchant, Instant at, Set<String> replyCodes) {

    /** Copies the set; rejects nulls. */
    public Delivery {
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(merchant, "merchant");
        Objects.requireNonNull(at, "at");
        replyCodes = Set.copyOf(replyCodes);
    }
}
