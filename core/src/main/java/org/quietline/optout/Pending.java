package org.quietline.optout;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.quietline.consent.MerchantId;
import org.quietline.number.Sender;

/**
 * The deliveries a {@link Stripe} has been told of and not yet applied, at most {@value #SIZE}, each as its stripe
 * looks it up: the subscriber's key, the pair's probe ({@link Origins#probe}) and characters ({@link PairKeys}),
 * the reply codes' key ({@link ReplyCodes#key}) and the time, in flat arrays. All of it is read from the message
 * when it is added, while the message is fresh in the cache; applying it later reads only the stripe's own memory.
 * The sender, merchant and codes are kept too, for the pair or origin a delivery is the first of. Not thread-safe:
 * the stripe's lock guards it.
 */
final class Pending {

    static final int SIZE = 32;

    private final long[] keys = new long[SIZE];
    private final long[] probes = new long[SIZE];
    private final char[] pairChars = new char[SIZE * PairKeys.CHARS];
    private final long[] codesKeys = new long[SIZE];
    private final long[] seconds = new long[SIZE];
    private final int[] nanos = new int[SIZE];
    private final Sender[] senders = new Sender[SIZE];
    private final MerchantId[] merchants = new MerchantId[SIZE];
    private final Object[] codes = new Object[SIZE];
    private int size;

    /**
     * Adds a delivery to the subscriber of {@code key} from {@code sender} for {@code merchant} (null for none)
     * announcing {@code replyCodes} at {@code at}; {@code probe} is the pair's {@link Origins#probe}. Returns
     * whether it is full.
     */
    boolean add(long key, long probe, Sender sender, MerchantId merchant, List<String> replyCodes, Instant at) {
        int j = size;
        keys[j] = key;
        probes[j] = probe;
        PairKeys.copy(sender, merchant, (int) probe, pairChars, j * PairKeys.CHARS);
        codesKeys[j] = ReplyCodes.key(replyCodes);
        seconds[j] = at.getEpochSecond();
        nanos[j] = at.getNano();
        senders[j] = sender;
        merchants[j] = merchant;
        codes[j] = replyCodes;
        size = j + 1;
        return size == SIZE;
    }

    int size() {
        return size;
    }

    long key(int j) {
        return keys[j];
    }

    long probe(int j) {
        return probes[j];
    }

    /** The array that holds the pair's characters of each delivery, from {@link #charsAt}. */
    char[] pairChars() {
        return pairChars;
    }

    int charsAt(int j) {
        return j * PairKeys.CHARS;
    }

    long codesKey(int j) {
        return codesKeys[j];
    }

    long second(int j) {
        return seconds[j];
    }

    int nano(int j) {
        return nanos[j];
    }

    Sender sender(int j) {
        return senders[j];
    }

    MerchantId merchant(int j) {
        return merchants[j];
    }

    @SuppressWarnings("unchecked")
    List<String> codes(int j) {
        return (List<String>) codes[j];
    }

    /** Empties it, letting go of the messages' objects. */
    void clear() {
        Arrays.fill(senders, 0, size, null);
        Arrays.fill(merchants, 0, size, null);
        Arrays.fill(codes, 0, size, null);
        size = 0;
    }
}
