package org.quietline.consent;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.quietline.number.NumberKey;
import org.quietline.number.Sender;
import org.quietline.table.AgedTable;

/**
 * The consent register's standings by subscriber, keyed by {@link NumberKey}: what the consent check reads for
 * every marketing message, among hundreds of thousands of subscribers, so that a lookup is one probe into a flat
 * {@code long[]} (open addressing, linear probing) rather than a walk from a map node through a number and its
 * string to the standing and its maps.
 *
 * <p>Beside each key the row keeps a summary of the standing. Most standings are <em>plain</em>: nothing refused
 * and at most one MARKETING consent. For them the summary holds that consent's merchant, as a number into a small
 * array of the merchants seen, and its ledger entry, so that {@link #marketing} answers from the row alone; for
 * any other standing it says to read the {@link Standing}, which the table keeps for every subscriber.
 *
 * <p>Thread-safe. Reads take no lock; puts are serialised. A put is seen by every read that starts after it
 * returns: a slot's standing, summary and key are each written with release semantics and in that order, read
 * with acquire semantics in the opposite one, and a grown table is published whole through a volatile field.
 * Subscribers are never removed (a ledger only grows).
 */
final class Standings {

    /** The summary of a standing that is not plain: read the {@link Standing}. */
    private static final long ELSEWHERE = -1;
    private static final int SEQ_BITS = 40;
    private static final long SEQ_MASK = (1L << SEQ_BITS) - 1;
    /** Merchant numbers below this keep a summary positive, so never {@link #ELSEWHERE}. */
    private static final int MERCHANT_NUMBERS = 1 << (Long.SIZE - 1 - SEQ_BITS);
    private static final VarHandle ROWS = MethodHandles.arrayElementVarHandle(long[].class);
    private static final VarHandle STANDINGS = MethodHandles.arrayElementVarHandle(Standing[].class);

    private final int merchantNumbers;
    private final Map<MerchantId, Integer> numbers = new HashMap<>();
    private volatile MerchantId[] merchants = new MerchantId[16];
    private volatile Slots slots = new Slots(16);

    /** An empty table. */
    Standings() {
        this(MERCHANT_NUMBERS);
    }

    /** An empty table that numbers merchants below {@code merchantNumbers}; the others' rows say read the standing. */
    Standings(int merchantNumbers) {
        if (merchantNumbers < 1 || merchantNumbers > MERCHANT_NUMBERS) {
            throw new IllegalArgumentException("merchants are numbered below 1 to " + MERCHANT_NUMBERS + ", not below "
                    + merchantNumbers);
        }
        this.merchantNumbers = merchantNumbers;
    }

    /** The standing of the subscriber {@code key}; {@link Standing#EMPTY} when none was put. */
    Standing get(long key) {
        Slots s = slots;
        int slot = s.find(key);
        return slot < 0 ? Standing.EMPTY : (Standing) STANDINGS.getAcquire(s.standings, slot);
    }

    /** What {@code get(key).marketing(sender, merchant)} says, read from the row when the standing is plain. */
    Permission marketing(long key, Sender sender, Optional<MerchantId> merchant) {
        Slots s = slots;
        int slot = s.find(key);
        if (slot < 0) {
            return Standing.unconsented(sender, merchant);
        }
        long summary = (long) ROWS.getAcquire(s.rows, 2 * slot + 1);
        if (summary == ELSEWHERE) {
            return ((Standing) STANDINGS.getAcquire(s.standings, slot)).marketing(sender, merchant);
        }
        int number = (int) (summary >>> SEQ_BITS);
        if (number != 0 && merchant.isPresent() && merchants[number].equals(merchant.get())) {
            return Standing.consented(merchant.get(), summary & SEQ_MASK);
        }
        return Standing.unconsented(sender, merchant);
    }

    /** Makes {@code standing} the standing of the subscriber {@code key} (never 0). */
    synchronized void put(long key, Standing standing) {
        if (key == 0) {
            throw new IllegalArgumentException("a subscriber's key is never 0");
        }
        long summary = summary(standing);
        Slots s = slots;
        int slot = s.find(key);
        if (slot >= 0) {
            STANDINGS.setRelease(s.standings, slot, standing);
            ROWS.setRelease(s.rows, 2 * slot + 1, summary);
            return;
        }
        if (2 * (s.size + 1) > s.standings.length) {
            Slots grown = s.grown();
            grown.add(key, summary, standing);
            slots = grown;
        } else {
            s.add(key, summary, standing);
        }
    }

    /** The row's summary of {@code standing}: its one consent's merchant number and entry, or {@link #ELSEWHERE}. */
    private long summary(Standing standing) {
        Map<MerchantId, Long> consents = standing.marketingConsents();
        if (!standing.refusesNothing() || consents.size() > 1) {
            return ELSEWHERE;
        }
        if (consents.isEmpty()) {
            return 0;
        }
        Map.Entry<MerchantId, Long> consent = consents.entrySet().iterator().next();
        int number = number(consent.getKey());
        return number < merchantNumbers && consent.getValue() <= SEQ_MASK
                ? (long) number << SEQ_BITS | consent.getValue() : ELSEWHERE;
    }

    /** {@code merchant}'s number, from 1, given it the first time; published before any row holds it. */
    private int number(MerchantId merchant) {
        Integer known = numbers.get(merchant);
        if (known != null) {
            return known;
        }
        int number = numbers.size() + 1;
        if (number >= merchantNumbers) {
            return number;
        }
        numbers.put(merchant, number);
        MerchantId[] m = number < merchants.length ? merchants : Arrays.copyOf(merchants, 2 * merchants.length);
        m[number] = merchant;
        merchants = m;
        return number;
    }

    /** One table: per slot a row of two {@code long}s (key, summary) and the standing. */
    private static final class Slots {

        private final long[] rows;
        private final Standing[] standings;
        private final int mask;
        private int size;

        Slots(int capacity) {
            rows = new long[2 * capacity];
            standings = new Standing[capacity];
            mask = capacity - 1;
        }

        /** The slot of {@code key}, or -1. */
        int find(long key) {
            for (int i = home(key); ; i = (i + 1) & mask) {
                long k = (long) ROWS.getAcquire(rows, 2 * i);
                if (k == key) {
                    return i;
                }
                if (k == 0) {
                    return -1;
                }
            }
        }

        /** Adds {@code key}, which is absent: the standing and summary first, the key last. */
        void add(long key, long summary, Standing standing) {
            int i = home(key);
            while (rows[2 * i] != 0) {
                i = (i + 1) & mask;
            }
            STANDINGS.setRelease(standings, i, standing);
            ROWS.setRelease(rows, 2 * i + 1, summary);
            ROWS.setRelease(rows, 2 * i, key);
            size++;
        }

        /** A table of twice the capacity holding every entry of this one. */
        Slots grown() {
            Slots grown = new Slots(2 * standings.length);
            for (int i = 0; i < standings.length; i++) {
                if (rows[2 * i] != 0) {
                    grown.add(rows[2 * i], rows[2 * i + 1], standings[i]);
                }
            }
            return grown;
        }

        private int home(long key) {
            return (int) AgedTable.mix(key) & mask;
        }
    }
}
