package org.quietline.optout;

import java.time.Instant;
import java.util.List;
import org.quietline.consent.MerchantId;
import org.quietline.number.Sender;
import org.quietline.table.AgedTable;

/**
 * One lock's share of {@link InMemoryRecentSenders}: its subscribers (an {@link AgedTable} by number), their
 * deliveries ({@link Rows}) and the origins these refer to ({@link Origins}).
 *
 * <p>A subscriber's entry holds its newest delivery (the entry's age is that delivery's epoch second; a field
 * holds its origin and nano) and its older ones as a list of rows, so that a delivery of the same pair as the
 * newest replaces it without reading the rows.
 *
 * <p>Deliveries are applied in batches of {@value Pending#SIZE}, in the order they were told: {@link #remember}
 * keeps what it needs of a delivery ({@link Pending}), and the batch's application first reads every subscriber's
 * entry, then every list's block, so that these reads, each likely a cache miss, overlap instead of following one
 * another; the batch then works in cache. {@link #recent} applies what is pending first, so answers are those of
 * applying each delivery at once (ADR 0112). Thread-safe: every method holds the stripe's lock.
 */
final class Stripe {

    private static final int AGE = 0;
    private static final int NEWEST = 1;
    private static final int OLDER = 2;

    private final Origins origins = new Origins();
    private final Rows rows = new Rows(origins);
    private final AgedTable subscribers;
    private final Pending pending = new Pending();
    private final long[] lists = new long[Pending.SIZE];
    /** What the reads ahead of a batch summed, kept so that they are not left out as unused. */
    private long warmed;

    /**
     * @param maxSubscribers the most subscribers this stripe remembers
     * @param horizonSeconds how long after its newest delivery a subscriber is forgotten first
     */
    Stripe(int maxSubscribers, long horizonSeconds) {
        // fields: the newest delivery's epoch second (the age), its origin and nano, and the older ones in rows
        this.subscribers = new AgedTable(maxSubscribers, horizonSeconds, 3, this::forget);
    }

    /**
     * Remembers a delivery to the subscriber of {@code key} from {@code sender} for {@code merchant} (null for
     * none) announcing {@code replyCodes} at {@code at}; {@code probe} is the pair's {@link Origins#probe}.
     */
    synchronized void remember(long key, long probe, Sender sender, MerchantId merchant, List<String> replyCodes,
                               Instant at) {
        if (pending.add(key, probe, sender, merchant, replyCodes, at)) {
            applyPending();
        }
    }

    /** The deliveries to the subscriber of {@code key}, newest first. */
    synchronized List<Delivery> recent(long key) {
        applyPending();
        int e = subscribers.find(key, 0);
        if (e < 0) {
            return List.of();
        }
        long newest = subscribers.get(e, NEWEST);
        Instant at = Instant.ofEpochSecond(subscribers.get(e, AGE), nanoOf(newest));
        return rows.read(origins.delivery(originOf(newest), at), subscribers.get(e, OLDER));
    }

    private void applyPending() {
        int n = pending.size();
        // read ahead, each loop's reads independent of one another: the entries and pairs, then the lists' blocks
        long sum = 0;
        for (int j = 0; j < n; j++) {
            int e = subscribers.find(pending.key(j), 0);
            lists[j] = e < 0 ? 0 : subscribers.get(e, OLDER);
            sum += origins.touch(pending.probe(j));
        }
        for (int j = 0; j < n; j++) {
            sum += rows.touch(lists[j]);
        }
        warmed += sum;
        try {
            for (int j = 0; j < n; j++) {
                apply(pending.key(j), origins.intern(pending, j), pending.second(j), pending.nano(j));
            }
        } finally {
            // a delivery that could not be applied (a fault, not an input: add validated them) is dropped with the
            // rest of its batch rather than failing every later one; their replies fall back to the port
            pending.clear();
        }
    }

    private void apply(long key, int origin, long second, int nano) {
        int e = subscribers.find(key, 0);
        if (e < 0) {
            e = subscribers.add(key, 0, second);
        }
        long newest = subscribers.get(e, NEWEST);
        if (newest != 0) {
            int was = originOf(newest);
            int pair = origins.pair(origin);
            if (origins.pair(was) == pair) {
                origins.release(was);
            } else {
                subscribers.set(e, OLDER, rows.push(subscribers.get(e, OLDER), was, subscribers.get(e, AGE),
                        nanoOf(newest), pair));
            }
        }
        subscribers.set(e, NEWEST, newest(origin, nano));
        subscribers.set(e, AGE, second);
    }

    private void forget(int entry) {
        origins.release(originOf(subscribers.get(entry, NEWEST)));
        rows.free(subscribers.get(entry, OLDER));
    }

    /** The newest delivery's field: its origin plus one (0 is none) above its nano. */
    private static long newest(int origin, int nano) {
        return (long) (origin + 1) << 32 | nano;
    }

    private static int originOf(long newest) {
        return (int) (newest >>> 32) - 1;
    }

    private static int nanoOf(long newest) {
        return (int) newest;
    }
}
