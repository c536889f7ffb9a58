package org.quietline.optout;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
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
 * <p>A delivery finds its pair in an open-addressing table of (hash, id) slots; only a slot of the same hash is
 * compared, by shape and characters ({@link PairKeys}), or as objects for a pair too long to be held so. It then
 * finds its origin among the pair's few (a pair rarely announces more than one set of codes) by the codes' key
 * ({@link ReplyCodes#key}). But for a pair too long to be held, it reads only this stripe's flat arrays and what
 * the stripe copied from the message ({@link Pending}; ADR 0112).
 * Not thread-safe: the stripe's lock guards it.
 */
final class Origins {

    private static final int NONE = -1;

    private final Ids pairIds = new Ids();
    private final Ids originIds = new Ids();
    // the pairs by hash: (hash << 32 | id + 1) per slot, 0 when empty; at most half full
    private long[] slots = new long[32];
    private int pairCount;
    // per pair id: its sender, merchant (null for none), their characters and its first origin
    private final PairKeys keys = new PairKeys();
    private Sender[] senders = new Sender[16];
    private MerchantId[] merchants = new MerchantId[16];
    private int[] firstOrigin = new int[16];
    // per origin id: its pair, the next origin of the same pair, its reply codes and their key, and how many rows
    // refer to it
    private int[] pairOf = new int[16];
    private int[] nextOfPair = new int[16];
    private String[][] codes = new String[16][];
    private long[] codesKeys = new long[16];
    private int[] references = new int[16];

    /**
     * What the pair of {@code sender} and {@code merchant} (null for none) is looked up by: its hash (high half)
     * and its {@link PairKeys#shape} (low half). It reads the sender, the merchant and their values, and needs no
     * lock: the stripe computes it before it takes its own.
     */
    static long probe(Sender sender, MerchantId merchant) {
        return (long) hash(sender, merchant) << 32 | PairKeys.shape(sender, merchant);
    }

    /** The id of the origin of {@code pending}'s delivery {@code j}, with one more reference. */
    int intern(Pending pending, int j) {
        long probe = pending.probe(j);
        int pair = pairOf(pending, j, (int) (probe >>> 32), (int) probe);
        long key = pending.codesKey(j);
        for (int o = firstOrigin[pair]; o != NONE; o = nextOfPair[o]) {
            if (codesKeys[o] == key && (key != ReplyCodes.UNPACKED || ReplyCodes.same(codes[o], pending.codes(j)))) {
                references[o]++;
                return o;
            }
        }
        int o = originIds.take();
        if (o == pairOf.length) {
            pairOf = Arrays.copyOf(pairOf, o * 2);
            nextOfPair = Arrays.copyOf(nextOfPair, o * 2);
            codes = Arrays.copyOf(codes, o * 2);
            codesKeys = Arrays.copyOf(codesKeys, o * 2);
            references = Arrays.copyOf(references, o * 2);
        }
        pairOf[o] = pair;
        nextOfPair[o] = firstOrigin[pair];
        firstOrigin[pair] = o;
        codes[o] = ReplyCodes.distinct(pending.codes(j));
        codesKeys[o] = ReplyCodes.key(List.of(codes[o]));
        references[o] = 1;
        return o;
    }

    /**
     * A sum of what looking up the pair of {@code probe} reads first (its slot, its characters, its first origin's
     * codes key): reading it ahead brings them in.
     */
    long touch(long probe) {
        long slot = slots[home((int) (probe >>> 32), slots.length - 1)];
        if (slot == 0) {
            return 0;
        }
        int pair = (int) slot - 1;
        return keys.touch(pair) + codesKeys[firstOrigin[pair]];
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
        codes[origin] = null;
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
        return new Delivery(senders[pair], Optional.ofNullable(merchants[pair]), at, Set.of(codes[origin]));
    }

    private int pairOf(Pending pending, int j, int hash, int shape) {
        int mask = slots.length - 1;
        int i = home(hash, mask);
        while (slots[i] != 0) {
            int pair = (int) slots[i] - 1;
            if ((int) (slots[i] >>> 32) == hash && keys.hasShape(pair, shape) && (PairKeys.held(shape)
                    ? keys.matches(pair, shape, pending.pairChars(), pending.charsAt(j))
                    : pending.sender(j).equals(senders[pair]) && Objects.equals(pending.merchant(j), merchants[pair]))) {
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
        senders[pair] = pending.sender(j);
        merchants[pair] = pending.merchant(j);
        keys.put(pair, shape, pending.pairChars(), pending.charsAt(j));
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
}
