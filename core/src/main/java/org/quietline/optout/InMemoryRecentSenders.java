package org.quietline.optout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.quietline.number.PhoneNumber;

/**
 * {@link RecentSenders} in memory, keeping at most {@value #PER_SUBSCRIBER} (sender, merchant) pairs per
 * subscriber. Thread-safe.
 */
public final class InMemoryRecentSenders implements RecentSenders {

    static final int PER_SUBSCRIBER = 16;

    private final Map<PhoneNumber, List<Delivery>> bySubscriber = new ConcurrentHashMap<>();

    @Override
    public void remember(PhoneNumber subscriber, Delivery delivery) {
        bySubscriber.compute(subscriber, (n, old) -> {
            List<Delivery> next = new ArrayList<>(PER_SUBSCRIBER);
            next.add(delivery);
            if (old != null) {
                for (Delivery d : old) {
                    boolean same = d.sender().equals(delivery.sender()) && d.merchant().equals(delivery.merchant());
                    if (!same && next.size() < PER_SUBSCRIBER) {
                        next.add(d);
                    }
                }
            }
            return List.copyOf(next);
        });
    }

    @Override
    public List<Delivery> recent(PhoneNumber subscriber) {
        return bySubscriber.getOrDefault(subscriber, List.of());
    }
}
