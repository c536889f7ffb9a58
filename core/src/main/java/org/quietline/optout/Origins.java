package org.quietline.optout;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.quietline.consent.MerchantId;
import org.quietline.number.Sender;

/**
 * What the deliveries of one stripe of {@link InMemoryRecentSenders} came from, each held once: an <em>origin</em>
 * is a (sender, merchant) <em>pair</em> with the reply codes of a delivery, counted by the rows that refer to it
 * and dropped with the last; a pair lives as long as one of its origins. Both have small {@code int} ids, so that
 * a subscriber's rows tell whether they hold a pair by comparing ints ({@link #pair}) rather than objects.
 *
 * <p>A delivery finds its pair by hash (a sender's and a merchant's hash are their strings', computed once) and
 * then its origin among the pair's few (a pair rarely announces more than one set of codes), so its reply codes
 * are compared but never hashed. Not thread-safe: the stripe's lock guards it.
 */
final class Origins {

    private static final int NONE = -1;

    /** Whom a delivery came from: what makes a subscriber's rows replace one another. */
    private record Pair(Sender sender, Optional<MerchantId> merchant) {
    }

    private final Map<Pair, Integer> pairIds = new HashMap<>();
    private final Ids pairIdPool = new Ids();
    private final Ids originIdPool = new Ids();
    // per pair id
    private Pair[] pairs = new Pair[16];
    private int[] firstOrigin = new int[16];
    // per origin id: its pair, the next origin of the same pair, its reply codes and how many rows refer to it
    private int[] pairOf = new int[16];
    private int[] nextOfPair = new int[16];
    private Object[] replyCodes = new Object[16];
    private int[] references = new int[16];

    /** The id of {@code delivery}'s origin, with one more reference. */
    int intern(Delivery delivery) {
        int pair = pairOf(delivery.sender(), delivery.merchant());
        for (int o = firstOrigin[pair]; o != NONE; o = nextOfPair[o]) {
            if (codes(o).equals(delivery.replyCodes())) {
                references[o]++;
                return o;
            }
        }
        int o = originIdPool.take();
        if (o == pairOf.length) {
            pairOf = Arrays.copyOf(pairOf, o * 2);
            nextOfPair = Arrays.copyOf(nextOfPair, o * 2);
            replyCodes = Arrays.copyOf(replyCodes, o * 2);
            references = Arrays.copyOf(references, o * 2);
        }
        pairOf[o] = pair;
        nextOfPair[o] = firstOrigin[pair];
        firstOrigin[pair] = o;
        replyCodes[o] = delivery.replyCodes();
        references[o] = 1;
        return o;
    }

    /** The id of the (sender, merchant) pair of {@code origin}. */
    int pair(int origin) {
        return pairOf[origin];
    }

    /** One reference fewer to {@code origin}, dropping it (and its pair, if it was the pair's last) with the last. */
    void release(int origin) {
        if (--references[origin] > 0) {
            return;
        }
        int pair = pairOf[origin];
        if (firstOrigin[pair] == origin) {
            firstOrigin[pair] = nextOfPair[origin];
        } else {
            int o = firstOrigin[pair];
            while (nextOfPair[o] != origin) {
                o = nextOfPair[o];
            }
            nextOfPair[o] = nextOfPair[origin];
        }
        replyCodes[origin] = null;
        originIdPool.give(origin);
        if (firstOrigin[pair] == NONE) {
            pairIds.remove(pairs[pair]);
            pairs[pair] = null;
            pairIdPool.give(pair);
        }
    }

    /** The delivery from {@code origin} at {@code at}. */
    Delivery delivery(int origin, Instant at) {
        Pair p = pairs[pairOf[origin]];
        return new Delivery(p.sender(), p.merchant(), at, codes(origin));
    }

    private int pairOf(Sender sender, Optional<MerchantId> merchant) {
        Pair key = new Pair(sender, merchant);
        Integer known = pairIds.get(key);
        if (known != null) {
            return known;
        }
        int pair = pairIdPool.take();
        if (pair == pairs.length) {
            pairs = Arrays.copyOf(pairs, pair * 2);
            firstOrigin = Arrays.copyOf(firstOrigin, pair * 2);
        }
        pairs[pair] = key;
        firstOrigin[pair] = NONE;
        pairIds.put(key, pair);
        return pair;
    }

    @SuppressWarnings("unchecked")
    private Set<String> codes(int origin) {
        return (Set<String>) replyCodes[origin];
    }
}
