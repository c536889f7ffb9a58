package org.quietline.optout;

import java.util.List;
import org.quietline.number.PhoneNumber;

/**
 * Remembers, per subscriber, the last message from each (sender, merchant) that got through (a port).
 * A reply to a port that many merchants share is resolved against it. Losing it (a restart of an in-memory
 * implementation) is safe: an unresolved reply falls back to refusing everything from that port.
 *
 * <p>Implementations are thread-safe and bounded per subscriber.
 */
public interface RecentSenders {

    /** Notes that {@code delivery} reached {@code subscriber}, replacing the last one of the same sender and merchant. */
    void remember(PhoneNumber subscriber, Delivery delivery);

    /** What reached {@code subscriber} lately, newest first; empty when nothing is known. */
    List<Delivery> recent(PhoneNumber subscriber);
}
