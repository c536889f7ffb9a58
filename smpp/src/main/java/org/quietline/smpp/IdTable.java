package org.quietline.smpp;

/**
 * A bounded map from a non-zero {@code long} key to a {@code long} and an {@code int}, in primitive arrays:
 * open addressing with linear probing, the oldest entry dropped when a new key would exceed the bound. The
 * firewall keeps up to a million id mappings (ADR 0054); as objects each cost some 200 bytes that every young
 * collection had to copy, here 40 bytes that no collector traces. Grows by doubling up to what the bound
 * needs. Not thread-safe: {@link MessageIds} locks around it.
 */
final class IdTable {

    private static final int FIRST = 1 << 10;

    private final int bound;
    private long[] keys;
    private long[] longs;
    private int[] ints;
    /** Keys in the order they came, as a ring: {@code order[(head + i) % order.length]} is the i-th oldest. */
    private long[] order;
    private int head;
    private int size;

    IdTable(int bound) {
        if (bound < 1) {
            throw new IllegalArgumentException("an id table holds at least one entry, was " + bound);
        }
        this.bound = bound;
        allocate(Math.min(FIRST, bound));
    }

    /** Maps {@code key} (non-zero) to {@code (l, i)}; a key already present keeps its age but takes the new values. */
    void put(long key, long l, int i) {
        if (key == 0) {
            throw new IllegalArgumentException("0 marks a free slot");
        }
        int slot = find(key);
        if (keys[slot] == key) {
            longs[slot] = l;
            ints[slot] = i;
            return;
        }
        if (size == bound) {
            remove(order[head]);
            head = (head + 1) % order.length;
            size--;
            slot = find(key);
        } else if (size == order.length) {
            grow();
            slot = find(key);
        }
        keys[slot] = key;
        longs[slot] = l;
        ints[slot] = i;
        order[(head + size) % order.length] = key;
        size++;
    }

    /** The slot holding {@code key}, or -1. */
    int slotOf(long key) {
        int slot = find(key);
        return keys[slot] == key ? slot : -1;
    }

    long longAt(int slot) {
        return longs[slot];
    }

    int intAt(int slot) {
        return ints[slot];
    }

    int size() {
        return size;
    }

    /** The slot of {@code key}, or the free slot where it would go. */
    private int find(long key) {
        int mask = keys.length - 1;
        int slot = hash(key) & mask;
        while (keys[slot] != 0 && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    /** Removes {@code key}, moving back the entries after it so that no probe sequence breaks (no tombstones). */
    private void remove(long key) {
        int mask = keys.length - 1;
        int gap = find(key);
        if (keys[gap] != key) {
            return;
        }
        int next = (gap + 1) & mask;
        while (keys[next] != 0) {
            int home = hash(keys[next]) & mask;
            // the entry at next may move into the gap if its home is not cyclically within (gap, next]
            if (((next - home) & mask) >= ((next - gap) & mask)) {
                keys[gap] = keys[next];
                longs[gap] = longs[next];
                ints[gap] = ints[next];
                gap = next;
            }
            next = (next + 1) & mask;
        }
        keys[gap] = 0;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldLongs = longs;
        int[] oldInts = ints;
        long[] oldOrder = order;
        int oldHead = head;
        int n = size;
        allocate(Math.min(bound, order.length * 2));
        for (int s = 0; s < oldKeys.length; s++) {
            if (oldKeys[s] != 0) {
                int slot = find(oldKeys[s]);
                keys[slot] = oldKeys[s];
                longs[slot] = oldLongs[s];
                ints[slot] = oldInts[s];
            }
        }
        for (int k = 0; k < n; k++) {
            order[k] = oldOrder[(oldHead + k) % oldOrder.length];
        }
        head = 0;
        size = n;
    }

    /** Room for {@code entries}, the table at most half full. */
    private void allocate(int entries) {
        int length = Integer.highestOneBit(Math.max(2, entries) * 2 - 1) << 1;
        keys = new long[length];
        longs = new long[length];
        ints = new int[length];
        order = new long[entries];
        head = 0;
        size = 0;
    }

    private static int hash(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
