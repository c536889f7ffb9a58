package org.quietline.optout;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.quietline.number.PhoneNumber;

/**
 * The reference the flat {@link InMemoryRecentSenders} is pinned to: a map from each subscriber to the list of
 * its deliveries, newest first, forgetting subscribers as the flat one documents. Slow and plain on purpose;
 * one stripe (fewer than 8,192 subscribers, or no forgetting).
 */
final class SimpleRecentSenders implements RecentSenders {

    private final int maxSubscribers;
    private final long horizonSeconds;
    private final Map<PhoneNumber, List<Delivery>> bySubscriber = new HashMap<>();

    SimpleRecentSenders(int maxSubscribers, Duration horizon) {
        this.maxSubscribers = maxSubscribers;
        this.horizonSeconds = horizon.getSeconds();
    }

    @Override
    public void remember(PhoneNumber subscriber, Delivery delivery) {
        long now = delivery.at().getEpochSecond();
        if (!bySubscriber.containsKey(subscriber) && bySubscriber.size() >= maxSubscribers) {
            bySubscriber.values().removeIf(d -> age(d) <= now - horizonSeconds);
            int target = Math.max(0, maxSubscribers - Math.max(1, maxSubscribers / 10));
            List<PhoneNumber> oldestFirst = bySubscriber.keySet().stream()
                    .sorted(Comparator.comparingLong(s -> age(bySubscriber.get(s)))).toList();
            Iterator<PhoneNumber> it = oldestFirst.iterator();
            while (bySubscriber.size() > target) {
                bySubscriber.remove(it.next());
            }
        }
        List<Delivery> next = new ArrayList<>();
        next.add(delivery);
        for (Delivery d : bySubscriber.getOrDefault(subscriber, List.of())) {
            boolean same = d.sender().equals(delivery.sender()) && d.merchant().equals(delivery.merchant());
            if (!same && next.size() < InMemoryRecentSenders.PER_SUBSCRIBER) {
                next.add(d);
            }
        }
        bySubscriber.put(subscriber, List.copyOf(next));
    }

    @Override
    public List<Delivery> recent(PhoneNumber subscriber) {
        return bySubscriber.getOrDefault(subscriber, List.of());
    }

    private static long age(List<Delivery> deliveries) {
        return deliveries.get(0).at().getEpochSecond();
    }
}
