package org.quietline.table;

import java.util.Arrays;

/**
 * A bounded hash table from a key of two {@code long}s to a few {@code long} fields, kept in one flat
 * {@code long[]} (open addressing, linear probing, deletion by backward shift). It holds no object per entry,
 * so a collector has nothing in it to trace or copy however many entries live for however long: the stores
 * of state per subscriber on the screening path are built on it.
 *
 * <p>Field 0 of every entry is its <em>age</em>: the time its owner last touched it, in the owner's unit.
 * When a new key would exceed {@code maxEntries}, the table first forgets the entries whose age is at or
 * before {@code now - horizon}, then the oldest ones, until at most 90% of {@code maxEntries} remain (entries of
 * equal age go in table order). The table grows by doubling, from 16 slots to twice {@code maxEntries}, so it
 * is never more than half full.
 *
 * <p>Entry indices ({@code find}, {@code add}) stay valid until the next {@code add} or {@code remove}.
 * Not thread-safe: its owner guards it.
 */
public final class AgedTable {

    /** Told about each entry just before the table forgets it, to free what the entry refers to. */
    @FunctionalInterface
    public interface Forgetting {
        /** The entry at {@code entry} is about to be forgotten; its fields can still be read. */
        void forget(int entry);
    }

    private static final int KEYS = 2;
    private static final int MAX_STRIPES = 16;
    private static final int ENTRIES_PER_STRIPE = 4096;

    private final int maxEntries;
    private final long horizon;
    private final int stride;
    private final int maxSlots;
    private final Forgetting forgetting;
    private long[] slots;
    private int mask;
    private int size;

    /**
     * @param maxEntries the most entries held (at least 1)
     * @param horizon    how long after its age an entry is forgotten first, in the unit of the ages
     * @param fields     {@code long} fields per entry, the age included (1 to 6)
     * @param forgetting told before an entry is forgotten to make room
     */
    public AgedTable(int maxEntries, long horizon, int fields, Forgetting forgetting) {
        if (maxEntries < 1 || maxEntries > 1 << 24 || fields > 6 || fields < 1 || horizon <= 0) {
            throw new IllegalArgumentException("a table holds 1 to 2^24 entries of 1 to 6 fields, over a positive horizon");
        }
        this.maxEntries = maxEntries;
        this.horizon = horizon;
        this.stride = KEYS + fields;
        this.maxSlots = Integer.highestOneBit(maxEntries * 2 - 1) << 1;
        this.forgetting = forgetting;
        allocate(Math.min(16, maxSlots));
    }

    /** The entry of key ({@code a}, {@code b}), or -1. {@code a} is never 0. */
    public int find(long a, long b) {
        for (int i = home(a, b); ; i = (i + 1) & mask) {
            long k = slots[i * stride];
            if (k == 0) {
                return -1;
            }
            if (k == a && slots[i * stride + 1] == b) {
                return i;
            }
        }
    }

    /**
     * Adds key ({@code a}, {@code b}), which must be absent and whose {@code a} is not 0, with every field 0 but
     * the age ({@code now}); first makes room by age when the table is full. Returns the new entry.
     */
    public int add(long a, long b, long now) {
        if (a == 0) {
            throw new IllegalArgumentException("a key's first half is never 0");
        }
        if (size >= maxEntries) {
            forgetOld(now);
        } else if ((size + 1) * 2 > slots.length / stride && slots.length / stride < maxSlots) {
            allocate(slots.length / stride * 2);
        }
        int i = home(a, b);
        while (slots[i * stride] != 0) {
            i = (i + 1) & mask;
        }
        slots[i * stride] = a;
        slots[i * stride + 1] = b;
        slots[i * stride + KEYS] = now;
        size++;
        return i;
    }

    /** Field {@code field} (0 = the age) of {@code entry}. */
    public long get(int entry, int field) {
        return slots[entry * stride + KEYS + field];
    }

    /** Sets field {@code field} (0 = the age) of {@code entry}. */
    public void set(int entry, int field, long value) {
        slots[entry * stride + KEYS + field] = value;
    }

    /** Forgets {@code entry}, telling {@link Forgetting} first. */
    public void remove(int entry) {
        forgetting.forget(entry);
        delete(entry);
    }

    /** How many entries are held. */
    public int size() {
        return size;
    }

    /**
     * Forgets the stale entries and, if more than the target remain, the oldest down to the target: the stale
     * ones are the oldest, so this is one pass that reads the ages, a selection, and one pass that removes.
     */
    private void forgetOld(long now) {
        long stale = now - horizon;
        int target = Math.max(0, maxEntries - Math.max(1, maxEntries / 10));
        long[] ages = new long[size];
        int n = 0;
        int staleCount = 0;
        for (int i = 0; i < slots.length; i += stride) {
            if (slots[i] != 0) {
                long age = slots[i + KEYS];
                ages[n++] = age;
                if (age <= stale) {
                    staleCount++;
                }
            }
        }
        if (size - staleCount <= target) {
            removeWhere(stale, size);
            return;
        }
        int k = size - target;
        long cutoff = select(ages, k - 1);
        int younger = 0;
        for (long age : ages) {
            if (age < cutoff) {
                younger++;
            }
        }
        if (cutoff > Long.MIN_VALUE) {
            removeWhere(cutoff - 1, younger);
        }
        removeWhere(cutoff, k - younger);
    }

    /** The {@code k}-th smallest (from 0) of {@code values}, which it reorders (Hoare's selection). */
    static long select(long[] values, int k) {
        int lo = 0;
        int hi = values.length - 1;
        while (lo < hi) {
            long pivot = values[(lo + hi) >>> 1];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (values[i] < pivot) {
                    i++;
                }
                while (values[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    long t = values[i];
                    values[i++] = values[j];
                    values[j--] = t;
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return values[k];
            }
        }
        return values[k];
    }

    /** Forgets at most {@code atMost} entries aged at or before {@code age}, in table order. */
    private void removeWhere(long age, int atMost) {
        if (atMost <= 0) {
            return;
        }
        int start = 0;
        while (slots[start * stride] != 0) {
            start++;
        }
        int slotCount = slots.length / stride;
        int removed = 0;
        // from an empty slot on, backward shifts only move entries not yet visited into the slot just emptied
        for (int step = 1; step <= slotCount && removed < atMost; step++) {
            int i = (start + step) & mask;
            while (slots[i * stride] != 0 && slots[i * stride + KEYS] <= age && removed < atMost) {
                remove(i);
                removed++;
            }
        }
    }

    private void delete(int entry) {
        int hole = entry;
        for (int i = (entry + 1) & mask; slots[i * stride] != 0; i = (i + 1) & mask) {
            int home = home(slots[i * stride], slots[i * stride + 1]);
            // the entry at i may move into the hole unless its home lies cyclically in (hole, i]
            if (((i - home) & mask) >= ((i - hole) & mask)) {
                System.arraycopy(slots, i * stride, slots, hole * stride, stride);
                hole = i;
            }
        }
        Arrays.fill(slots, hole * stride, hole * stride + stride, 0L);
        size--;
    }

    private void allocate(int slotCount) {
        long[] old = slots;
        slots = new long[slotCount * stride];
        mask = slotCount - 1;
        if (old == null) {
            return;
        }
        for (int j = 0; j < old.length; j += stride) {
            if (old[j] != 0) {
                int i = home(old[j], old[j + 1]);
                while (slots[i * stride] != 0) {
                    i = (i + 1) & mask;
                }
                System.arraycopy(old, j, slots, i * stride, stride);
            }
        }
    }

    private int home(long a, long b) {
        return (int) mix(a * 0x9E3779B97F4A7C15L + b) & mask;
    }

    /**
     * Into how many tables, each with its own lock, a store of {@code maxEntries} splits its keys: one below
     * 8,192 entries (so that small stores forget exactly as one table does), else up to 16 of at least 4,096.
     */
    public static int stripes(int maxEntries) {
        return Math.max(1, Math.min(MAX_STRIPES, Integer.highestOneBit(Math.max(1, maxEntries / ENTRIES_PER_STRIPE))));
    }

    /** Which of {@code stripes} (a power of two) tables holds key ({@code a}, {@code b}). */
    public static int stripe(long a, long b, int stripes) {
        return (int) (mix(a ^ Long.rotateLeft(b, 17)) >>> 32) & (stripes - 1);
    }

    /** Stafford's mix 13 (the finaliser of SplitMix64): every input bit moves every output bit. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
