package org.quietline.optout;

import java.time.Duration;
import java.util.List;
import org.quietline.number.NumberKey;
import org.quietline.number.PhoneNumber;
import org.quietline.table.AgedTable;

/**
 * {@link RecentSenders} in memory, keeping at most {@value #PER_SUBSCRIBER} (sender, merchant) pairs per
 * subscriber and at most {@code maxSubscribers} subscribers, with nothing for a collector to trace per
 * subscriber or per delivery: subscribers are keyed by their E.164 number in an {@link AgedTable}, each one's
 * deliveries are one block of adjacent rows of flat arrays (origin, time; {@link Rows}), and what a delivery came
 * from (its sender, merchant and reply codes) is one shared object per distinct origin, counted by the deliveries
 * that refer to it and dropped with the last ({@link Origins}). A busy platform sends through few ports for few
 * merchants, so those objects are few and stay put. Remembering a delivery costs a look-up of its pair, one of
 * its subscriber, and a scan of one block that compares pair ids as ints (ADR 0100).
 *
 * <p><b>Forgetting.</b> When the subscribers are full, those whose newest delivery is at or before
 * {@code horizon} before the delivery being remembered are forgotten first (a reply resolves only against
 * deliveries of the opt-out's recent window, 30 days by default), then those whose newest delivery is oldest,
 * until 90% of {@code maxSubscribers} remain. Forgetting is safe: a reply that nothing recent resolves refuses
 * everything from the port replied to.
 *
 * <p>Thread-safe: subscribers are split by hash among up to 16 stripes ({@link AgedTable#stripes}), each
 * guarded by its own lock and holding its share of {@code maxSubscribers}.
 */
public final class InMemoryRecentSenders implements RecentSenders {

    static final int PER_SUBSCRIBER = 16;

    private final Stripe[] stripes;

    /** Up to a million subscribers, forgetting first those with nothing in the last 30 days. */
    public InMemoryRecentSenders() {
        this(1_000_000, Duration.ofDays(30));
    }

    /**
     * @param maxSubscribers the most subscribers remembered (at most 2^24)
     * @param horizon        how long a delivery may matter to a reply (the opt-out's recent window)
     */
    public InMemoryRecentSenders(int maxSubscribers, Duration horizon) {
        if (maxSubscribers < 1 || maxSubscribers > 1 << 24 || horizon.getSeconds() < 1) {
            throw new IllegalArgumentException("remembers 1 to 2^24 subscribers over a horizon of at least a second");
        }
        stripes = new Stripe[AgedTable.stripes(maxSubscribers)];
        for (int i = 0; i < stripes.length; i++) {
            stripes[i] = new Stripe(maxSubscribers / stripes.length, horizon.getSeconds());
        }
    }

    @Override
    public void remember(PhoneNumber subscriber, Delivery delivery) {
        long key = NumberKey.of(subscriber);
        stripes[AgedTable.stripe(key, 0, stripes.length)].remember(key, delivery);
    }

    @Override
    public List<Delivery> recent(PhoneNumber subscriber) {
        long key = NumberKey.of(subscriber);
        return stripes[AgedTable.stripe(key, 0, stripes.length)].recent(key);
    }

    /** One lock's share of the subscribers, their deliveries and the origins these refer to. */
    private static final class Stripe {
        private static final int AGE = 0;
        private static final int LIST = 1;

        private final Origins origins = new Origins();
        private final Rows rows = new Rows(origins);
        private final AgedTable subscribers;

        Stripe(int maxSubscribers, long horizonSeconds) {
            // fields: the newest delivery's epoch second (the age), and the subscriber's list in rows
            this.subscribers = new AgedTable(maxSubscribers, horizonSeconds, 2, this::forget);
        }

        synchronized void remember(long key, Delivery delivery) {
            int origin = origins.intern(delivery);
            long second = delivery.at().getEpochSecond();
            int e = subscribers.find(key, 0);
            if (e < 0) {
                e = subscribers.add(key, 0, second);
            }
            subscribers.set(e, LIST, rows.put(subscribers.get(e, LIST), origin, delivery.at()));
            subscribers.set(e, AGE, second);
        }

        synchronized List<Delivery> recent(long key) {
            int e = subscribers.find(key, 0);
            return e < 0 ? List.of() : rows.read(subscribers.get(e, LIST));
        }

        private void forget(int entry) {
            rows.free(subscribers.get(entry, LIST));
        }
    }
}
