package org.quietline.optout;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quietline.consent.Deliveries;
import org.quietline.consent.MerchantId;
import org.quietline.screening.Sms;
import org.quietline.number.PhoneNumber;

/**
 * Remembers, per subscriber, the last message from each (sender, merchant) that got through (a port);
 * the consent check tells it what got through (it is the check's {@link Deliveries}).
 * A reply to a port that many merchants share is resolved against it. Losing it (a restart of an in-memory
 * implementation) is safe: an unresolved reply falls back to refusing everything from that port.
 *
 * <p>Implementations are thread-safe and bounded per subscriber.
 */
public interface RecentSenders extends Deliveries {

    /** Remembers {@code sms} with the reply codes its text announced; the text itself is not kept. */
    @Override
    default void delivered(Sms sms, Optional<MerchantId> merchant, List<String> replyCodes) {
        remember(sms.recipient(), new Delivery(sms.sender(), merchant, sms.at(), Set.copyOf(replyCodes)));
    }

    /** Notes that {@code delivery} reached {@code subscriber}, replacing the last one of the same sender and merchant. */
    void remember(PhoneNumber subscriber, Delivery delivery);

    /** What reached {@code subscriber} lately, newest first; empty when nothing is known. */
    List<Delivery> recent(PhoneNumber subscriber);
}
