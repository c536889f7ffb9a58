package org.quietline.call.campaign;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * A one-sided filter in front of a large map: "certainly absent" or "maybe present". Every call record asks
 * the campaign maps whether its caller, its ranges or its callee belong to a campaign; almost always they do
 * not, and a look at 8 KB of bits that stay in cache is much cheaper than a miss in a map of millions.
 * Keys are only ever added. Thread-safe.
 */
final class KeyFilter {

    private static final int BITS = 1 << 16;

    private final AtomicLongArray bits = new AtomicLongArray(BITS / 64);

    void add(long key) {
        int b = slot(key);
        long mask = 1L << (b & 63);
        int word = b >>> 6;
        long old;
        do {
            old = bits.get(word);
        } while ((old & mask) == 0 && !bits.compareAndSet(word, old, old | mask));
    }

    boolean mayContain(long key) {
        int b = slot(key);
        return (bits.get(b >>> 6) & 1L << (b & 63)) != 0;
    }

    private static int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 48);
    }
}
