package org.quietline.optout;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.quietline.consent.MerchantId;
import org.quietline.number.NumberKey;
import org.quietline.number.PhoneNumber;
import org.quietline.number.Sender;
import org.quietline.table.AgedTable;

/**
 * {@link RecentSenders} in memory, keeping at most {@value #PER_SUBSCRIBER} (sender, merchant) pairs per
 * subscriber and at most {@code maxSubscribers} subscribers, with nothing for a collector to trace per
 * subscriber or per delivery: subscribers are keyed by their E.164 number in an {@link AgedTable}, deliveries
 * are rows of flat arrays (time, origin, next), and what a delivery came from (its sender, merchant and reply
 * codes) is one shared object per distinct origin, counted by the deliveries that refer to it and dropped with
 * the last. A busy platform sends through few ports for few merchants, so those objects are few and stay put.
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

    /** What a delivery came from: all of it but the time. */
    private record Origin(Sender sender, Optional<MerchantId> merchant, Set<String> replyCodes) {

        boolean sameSenderAndMerchant(Delivery d) {
            return sender.equals(d.sender()) && merchant.equals(d.merchant());
        }
    }

    /** One lock's share of the subscribers, their deliveries and the origins these refer to. */
    private static final class Stripe {
        private static final int AGE = 0;
        private static final int HEAD = 1;
        private static final int NONE = -1;

        private final AgedTable subscribers;
        private final Map<Origin, Integer> originIds = new HashMap<>();
        private Origin[] origins = new Origin[16];
        private int[] references = new int[16];
        private int[] freeOrigins = new int[16];
        private int freeOriginCount;
        private int originsUsed;
        // deliveries: a list per subscriber, newest first, through next; freed rows chain through next too
        private long[] seconds = new long[64];
        private int[] nanos = new int[64];
        private int[] origin = new int[64];
        private int[] next = new int[64];
        private int freeRow = NONE;
        private int rowsUsed;

        Stripe(int maxSubscribers, long horizonSeconds) {
            // fields: the newest delivery's epoch second (the age), and the row of that delivery
            this.subscribers = new AgedTable(maxSubscribers, horizonSeconds, 2, this::forget);
        }

        synchronized void remember(long key, Delivery delivery) {
            int id = intern(delivery);
            long second = delivery.at().getEpochSecond();
            int e = subscribers.find(key, 0);
            int older;
            if (e < 0) {
                e = subscribers.add(key, 0, second);
                older = NONE;
            } else {
                older = (int) subscribers.get(e, HEAD);
            }
            int row = allocate(delivery.at(), id);
            int last = row;
            int kept = 1;
            for (int r = older; r != NONE; ) {
                int following = next[r];
                if (kept < PER_SUBSCRIBER && !origins[origin[r]].sameSenderAndMerchant(delivery)) {
                    next[last] = r;
                    last = r;
                    kept++;
                } else {
                    free(r);
                }
                r = following;
            }
            next[last] = NONE;
            subscribers.set(e, HEAD, row);
            subscribers.set(e, AGE, second);
        }

        synchronized List<Delivery> recent(long key) {
            int e = subscribers.find(key, 0);
            if (e < 0) {
                return List.of();
            }
            Delivery[] found = new Delivery[PER_SUBSCRIBER];
            int n = 0;
            for (int r = (int) subscribers.get(e, HEAD); r != NONE; r = next[r]) {
                Origin o = origins[origin[r]];
                found[n++] = new Delivery(o.sender(), o.merchant(), Instant.ofEpochSecond(seconds[r], nanos[r]), o.replyCodes());
            }
            return List.of(Arrays.copyOf(found, n));
        }

        private void forget(int entry) {
            for (int r = (int) subscribers.get(entry, HEAD); r != NONE; ) {
                int following = next[r];
                free(r);
                r = following;
            }
        }

        private int allocate(Instant at, int originId) {
            int row;
            if (freeRow != NONE) {
                row = freeRow;
                freeRow = next[row];
            } else {
                if (rowsUsed == next.length) {
                    int n = next.length * 2;
                    seconds = Arrays.copyOf(seconds, n);
                    nanos = Arrays.copyOf(nanos, n);
                    origin = Arrays.copyOf(origin, n);
                    next = Arrays.copyOf(next, n);
                }
                row = rowsUsed++;
            }
            seconds[row] = at.getEpochSecond();
            nanos[row] = at.getNano();
            origin[row] = originId;
            return row;
        }

        private void free(int row) {
            release(origin[row]);
            next[row] = freeRow;
            freeRow = row;
        }

        /** The id of the delivery's origin, with one more reference. */
        private int intern(Delivery d) {
            Origin o = new Origin(d.sender(), d.merchant(), d.replyCodes());
            Integer known = originIds.get(o);
            int id;
            if (known != null) {
                id = known;
            } else {
                if (freeOriginCount > 0) {
                    id = freeOrigins[--freeOriginCount];
                } else {
                    if (originsUsed == origins.length) {
                        origins = Arrays.copyOf(origins, originsUsed * 2);
                        references = Arrays.copyOf(references, originsUsed * 2);
                    }
                    id = originsUsed++;
                }
                origins[id] = o;
                originIds.put(o, id);
            }
            references[id]++;
            return id;
        }

        private void release(int id) {
            if (--references[id] == 0) {
                originIds.remove(origins[id]);
                origins[id] = null;
                if (freeOriginCount == freeOrigins.length) {
                    freeOrigins = Arrays.copyOf(freeOrigins, freeOriginCount * 2);
                }
                freeOrigins[freeOriginCount++] = id;
            }
        }
    }
}
