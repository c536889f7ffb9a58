package org.quietline.optout;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.quietline.consent.MerchantId;
import org.quietline.number.Sender;
import org.quietline.table.AgedTable;

/**
 * What the deliveries of one stripe of {@link InMemoryRecentSenders} came from, each held once: an <em>origin</em>
 * is a (sender, merchant) <em>pair</em> with the reply codes of a delivery, counted by the rows that refer to it
 * and dropped with the last; a pair lives as long as one of its origins. Both have small {@code int} ids, so that
 * a subscriber's rows tell whether they hold a pair by comparing ints ({@link #pair}) rather than objects.
 *
 * <p>A delivery finds its pair in an open-addressing table of (hash, id) slots: the hash is its sender's and
 * merchant's (their strings cache theirs), and only a slot of the same hash leads to the pair's sender and
 * merchant to compare, one reference away. It then finds its origin among the pair's few (a pair rarely
 * announces more than one set of codes) by comparing reply codes, which are never hashed.
 * Not thread-safe: the stripe's lock guards it.
 */
final class Origins {

    private static final int NONE = -1;

    private final Ids pairIds = new Ids();
    private final Ids originIds = new Ids();
    // the pairs by hash: (hash << 32 | id + 1) per slot, 0 when empty; at most half full
    private long[] slots = new long[32];
    private int pairCount;
    // per pair id: its sender, merchant (null for none) and first origin
    private Sender[] senders = new Sender[16];
    private MerchantId[] merchants = new MerchantId[16];
    private int[] firstOrigin = new int[16];
    // per origin id: its pair, the next origin of the same pair, its reply codes and how many rows refer to it
    private int[] pairOf = new int[16];
    private int[] nextOfPair = new int[16];
    private Object[] replyCodes = new Object[16];
    private int[] references = new int[16];

    /** The id of {@code delivery}'s origin, with one more reference. */
    int intern(Delivery delivery) {
        int pair = pairOf(delivery.sender(), delivery.merchant().orElse(null));
        for (int o = firstOrigin[pair]; o != NONE; o = nextOfPair[o]) {
            if (codes(o).equals(delivery.replyCodes())) {
                references[o]++;
                return o;
            }
        }
        int o = originIds.take();
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
        originIds.give(origin);
        if (firstOrigin[pair] == NONE) {
            unslot(pair);
            senders[pair] = null;
            merchants[pair] = null;
            pairIds.give(pair);
        }
    }

    /** The delivery from {@code origin} at {@code at}. */
    Delivery delivery(int origin, Instant at) {
        int pair = pairOf[origin];
        return new Delivery(senders[pair], Optional.ofNullable(merchants[pair]), at, codes(origin));
    }

    private int pairOf(Sender sender, MerchantId merchant) {
        int hash = hash(sender, merchant);
        int mask = slots.length - 1;
        int i = home(hash, mask);
        while (slots[i] != 0) {
            int pair = (int) slots[i] - 1;
            if ((int) (slots[i] >>> 32) == hash && sender.equals(senders[pair]) && Objects.equals(merchant, merchants[pair])) {
                return pair;
            }
            i = (i + 1) & mask;
        }
        int pair = pairIds.take();
        if (pair == senders.length) {
            senders = Arrays.copyOf(senders, pair * 2);
            merchants = Arrays.copyOf(merchants, pair * 2);
            firstOrigin = Arrays.copyOf(firstOrigin, pair * 2);
        }
        senders[pair] = sender;
        merchants[pair] = merchant;
        firstOrigin[pair] = NONE;
        if (++pairCount * 2 > slots.length) {
            rehash(slots.length * 2);
            i = home(hash, slots.length - 1);
            while (slots[i] != 0) {
                i = (i + 1) & (slots.length - 1);
            }
        }
        slots[i] = slot(hash, pair);
        return pair;
    }

    /** Takes {@code pair}'s slot out of the table, moving later slots of the run back (no tombstones). */
    private void unslot(int pair) {
        int mask = slots.length - 1;
        int i = home(hash(senders[pair], merchants[pair]), mask);
        while ((int) slots[i] - 1 != pair) {
            i = (i + 1) & mask;
        }
        int hole = i;
        for (int j = (i + 1) & mask; slots[j] != 0; j = (j + 1) & mask) {
            int home = home((int) (slots[j] >>> 32), mask);
            // the slot at j may move into the hole unless its home lies cyclically in (hole, j]
            if (((j - home) & mask) >= ((j - hole) & mask)) {
                slots[hole] = slots[j];
                hole = j;
            }
        }
        slots[hole] = 0;
        pairCount--;
    }

    private void rehash(int size) {
        long[] old = slots;
        slots = new long[size];
        for (long s : old) {
            if (s != 0) {
                int i = home((int) (s >>> 32), size - 1);
                while (slots[i] != 0) {
                    i = (i + 1) & (size - 1);
                }
                slots[i] = s;
            }
        }
    }

    private static int hash(Sender sender, MerchantId merchant) {
        return sender.hashCode() * 31 + Objects.hashCode(merchant);
    }

    private static long slot(int hash, int pair) {
        return ((long) hash << 32) | (pair + 1);
    }

    private static int home(int hash, int mask) {
        return (int) AgedTable.mix(hash) & mask;
    }

    @SuppressWarnings("unchecked")
    private Set<String> codes(int origin) {
        return (Set<String>) replyCodes[origin];
    }
}
