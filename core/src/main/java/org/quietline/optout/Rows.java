package org.quietline.optout;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * The deliveries of one stripe of {@link InMemoryRecentSenders}: each subscriber's list, newest first, is one
 * block of adjacent rows (origin, second, nano) in the slab of its size class, 1, 2, 3, 4, 6, 8, 12 or
 * {@value InMemoryRecentSenders#PER_SUBSCRIBER} rows, so that a block is at most a third larger than its list.
 * A delivery thus reads its subscriber's origins from one or two cache lines, compares their pairs as ints
 * ({@link Origins#pair}) and moves the newer rows down by one, instead of following a chain of rows scattered
 * over the slab. A list that outgrows its block moves to the next class; freed blocks are reused by their
 * class (a free block's first origin links to the next free one).
 *
 * <p>A list is a {@code long}: its count in the low 5 bits, the offset of its block above them; 0 is the
 * empty list, which has no block. Not thread-safe: the stripe's lock guards it.
 */
final class Rows {

    private static final int NONE = -1;
    private static final int COUNT_BITS = 5;
    private static final int MOST = InMemoryRecentSenders.PER_SUBSCRIBER;
    private static final int[] SIZES = {1, 2, 3, 4, 6, 8, 12, MOST};

    private final Origins origins;
    /** The slab of the smallest class that holds n rows, at n. */
    private final Slab[] slabOf = new Slab[MOST + 1];

    Rows(Origins origins) {
        this.origins = origins;
        int n = 1;
        for (int size : SIZES) {
            Slab slab = new Slab(size);
            for (; n <= size; n++) {
                slabOf[n] = slab;
            }
        }
    }

    /**
     * {@code list} with {@code origin} at {@code at} first, and without the row of the same pair or, when
     * the list is full and has none, without its oldest row (whose origin loses a reference).
     */
    long put(long list, int origin, Instant at) {
        int n = count(list);
        int from = offset(list);
        Slab slab = slabOf[n];
        int pair = origins.pair(origin);
        int replaced = n == MOST ? n - 1 : n;
        for (int i = 0; i < n; i++) {
            if (origins.pair(slab.origin[from + i]) == pair) {
                replaced = i;
                break;
            }
        }
        if (replaced < n) {
            origins.release(slab.origin[from + replaced]);
            slab.shift(from, replaced);
            slab.write(from, origin, at);
            return list;
        }
        Slab to = slabOf[n + 1];
        if (to == slab) {
            slab.shift(from, n);
            slab.write(from, origin, at);
            return list + 1;
        }
        int block = to.take();
        if (n > 0) {
            to.copy(slab, from, block + 1, n);
            slab.give(from);
        }
        to.write(block, origin, at);
        return ((long) block << COUNT_BITS) | (n + 1);
    }

    /** The deliveries of {@code list}, newest first. */
    List<Delivery> read(long list) {
        int n = count(list);
        if (n == 0) {
            return List.of();
        }
        int from = offset(list);
        Slab slab = slabOf[n];
        Delivery[] found = new Delivery[n];
        for (int i = 0; i < n; i++) {
            int r = from + i;
            found[i] = origins.delivery(slab.origin[r], Instant.ofEpochSecond(slab.second[r], slab.nano[r]));
        }
        return List.of(found);
    }

    /** Drops {@code list}: its origins lose a reference each, its block is free. */
    void free(long list) {
        int n = count(list);
        if (n == 0) {
            return;
        }
        int from = offset(list);
        Slab slab = slabOf[n];
        for (int i = 0; i < n; i++) {
            origins.release(slab.origin[from + i]);
        }
        slab.give(from);
    }

    private static int count(long list) {
        return (int) list & ((1 << COUNT_BITS) - 1);
    }

    private static int offset(long list) {
        return (int) (list >>> COUNT_BITS);
    }

    /** The rows of one size class, in blocks of {@code size}: parallel arrays that double as they fill. */
    private static final class Slab {
        private final int size;
        private int[] origin;
        private long[] second;
        private int[] nano;
        private int used;
        private int free = NONE;

        Slab(int size) {
            this.size = size;
            origin = new int[size * 16];
            second = new long[size * 16];
            nano = new int[size * 16];
        }

        /** The offset of a free block. */
        int take() {
            if (free != NONE) {
                int block = free;
                free = origin[block];
                return block;
            }
            if (used == origin.length) {
                origin = Arrays.copyOf(origin, used * 2);
                second = Arrays.copyOf(second, used * 2);
                nano = Arrays.copyOf(nano, used * 2);
            }
            int block = used;
            used += size;
            return block;
        }

        void give(int block) {
            origin[block] = free;
            free = block;
        }

        /** Moves rows {@code [from, from + n)} one down, over the row at {@code from + n}. */
        void shift(int from, int n) {
            System.arraycopy(origin, from, origin, from + 1, n);
            System.arraycopy(second, from, second, from + 1, n);
            System.arraycopy(nano, from, nano, from + 1, n);
        }

        void write(int row, int originId, Instant at) {
            origin[row] = originId;
            second[row] = at.getEpochSecond();
            nano[row] = at.getNano();
        }

        /** Copies {@code n} rows of {@code other} from {@code from} to this slab's rows at {@code to}. */
        void copy(Slab other, int from, int to, int n) {
            System.arraycopy(other.origin, from, origin, to, n);
            System.arraycopy(other.second, from, second, to, n);
            System.arraycopy(other.nano, from, nano, to, n);
        }
    }
}
