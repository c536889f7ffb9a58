package org.quietline.call.campaign;

import java.util.Arrays;

/**
 * Counts per {@code long} key in open addressing with linear probing and backward-shift deletion: the
 * per-range windows update several of these per call record, and boxed maps would allocate on every one.
 * Not thread-safe; guarded by its owner.
 */
final class LongCounter {

    private static final long FREE = Long.MIN_VALUE;

    private long[] keys = new long[16];
    private int[] counts = new int[16];
    private int size;

    LongCounter() {
        Arrays.fill(keys, FREE);
    }

    /** Adds one to {@code key}; answers the new count. */
    int increment(long key) {
        if ((size + 1) * 4 > keys.length * 3) {
            resize(keys.length * 2);
        }
        int slot = find(key);
        if (keys[slot] == FREE) {
            keys[slot] = key;
            counts[slot] = 0;
            size++;
        }
        return ++counts[slot];
    }

    /** Takes one from {@code key} (removing it at zero); answers the new count, 0 when it was absent. */
    int decrement(long key) {
        int slot = find(key);
        if (keys[slot] == FREE) {
            return 0;
        }
        int left = --counts[slot];
        if (left == 0) {
            remove(slot);
        }
        return left;
    }

    /** The count of {@code key}, 0 when absent. */
    int get(long key) {
        int slot = find(key);
        return keys[slot] == FREE ? 0 : counts[slot];
    }

    /** How many keys have a count. */
    int size() {
        return size;
    }

    /** Every key with a count, in no order. */
    long[] keys() {
        long[] out = new long[size];
        int n = 0;
        for (long k : keys) {
            if (k != FREE) {
                out[n++] = k;
            }
        }
        return out;
    }

    private int find(long key) {
        int mask = keys.length - 1;
        int slot = mix(key) & mask;
        while (keys[slot] != FREE && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void remove(int slot) {
        int mask = keys.length - 1;
        int hole = slot;
        int next = (hole + 1) & mask;
        while (keys[next] != FREE) {
            int home = mix(keys[next]) & mask;
            // move the entry back into the hole unless its home lies cyclically in (hole, next]
            boolean stays = hole <= next ? hole < home && home <= next : hole < home || home <= next;
            if (!stays) {
                keys[hole] = keys[next];
                counts[hole] = counts[next];
                hole = next;
            }
            next = (next + 1) & mask;
        }
        keys[hole] = FREE;
        size--;
    }

    private void resize(int capacity) {
        long[] oldKeys = keys;
        int[] oldCounts = counts;
        keys = new long[capacity];
        Arrays.fill(keys, FREE);
        counts = new int[capacity];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != FREE) {
                int slot = find(oldKeys[i]);
                keys[slot] = oldKeys[i];
                counts[slot] = oldCounts[i];
            }
        }
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
