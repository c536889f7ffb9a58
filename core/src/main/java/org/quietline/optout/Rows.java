package org.quietline.optout;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * The deliveries of one stripe of {@link InMemoryRecentSenders}: each subscriber's list is one block of
 * adjacent rows (origin, second, nano) in the slab of its size class, 1, 2, 3, 4, 6, 8, 12 or
 * {@value InMemoryRecentSenders#PER_SUBSCRIBER} rows, so that a block is at most a third larger than its list.
 * A block is a ring: the list runs from its newest row at the head, wrapping at the block's end, so a delivery
 * of a pair the list does not hold writes one row, before the head (a full list's oldest row is there), and
 * moves none. A delivery thus reads its subscriber's origins from one or two cache lines, compares their pairs
 * as ints ({@link Origins#pair}) and writes one row, or moves the rows newer than its pair's old one by one.
 * A list that outgrows its block moves to the next class; freed blocks are reused by their class (a free
 * block's first origin links to the next free one).
 *
 * <p>A list is a {@code long}: its count in the low 5 bits, its head above them (4 bits), the offset of its
 * block above these; 0 is the empty list, which has no block. Not thread-safe: the stripe's lock guards it.
 */
final class Rows {

    private static final int NONE = -1;
    private static final int COUNT_BITS = 5;
    private static final int HEAD_BITS = 4;
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
        int head = head(list);
        Slab slab = slabOf[n];
        int pair = origins.pair(origin);
        for (int i = 0, r = head; i < n; i++, r = slab.after(r)) {
            if (origins.pair(slab.origin[from + r]) == pair) {
                origins.release(slab.origin[from + r]);
                slab.moveOlder(from, head, i);
                slab.write(from + head, origin, at);
                return list;
            }
        }
        if (n == MOST || slabOf[n + 1] == slab) {
            head = slab.before(head);
            if (n == MOST) {
                origins.release(slab.origin[from + head]);
            }
            slab.write(from + head, origin, at);
            return list(from, head, Math.min(n + 1, MOST));
        }
        Slab to = slabOf[n + 1];
        int block = to.take();
        if (n > 0) {
            to.unroll(slab, from, head, block + 1);
            slab.give(from);
        }
        to.write(block, origin, at);
        return list(block, 0, n + 1);
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
        for (int i = 0, r = head(list); i < n; i++, r = slab.after(r)) {
            found[i] = origins.delivery(slab.origin[from + r], Instant.ofEpochSecond(slab.second[from + r], slab.nano[from + r]));
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
        for (int i = 0, r = head(list); i < n; i++, r = slab.after(r)) {
            origins.release(slab.origin[from + r]);
        }
        slab.give(from);
    }

    private static long list(int offset, int head, int count) {
        return ((long) offset << (HEAD_BITS + COUNT_BITS)) | (head << COUNT_BITS) | count;
    }

    private static int count(long list) {
        return (int) list & ((1 << COUNT_BITS) - 1);
    }

    private static int head(long list) {
        return (int) (list >>> COUNT_BITS) & ((1 << HEAD_BITS) - 1);
    }

    private static int offset(long list) {
        return (int) (list >>> (HEAD_BITS + COUNT_BITS));
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

        /** The position in a block after {@code r}, wrapping. */
        int after(int r) {
            return r + 1 == size ? 0 : r + 1;
        }

        /** The position in a block before {@code r}, wrapping. */
        int before(int r) {
            return (r == 0 ? size : r) - 1;
        }

        /** Moves the {@code n} newest rows of the block at {@code from} one older, over the row after them. */
        void moveOlder(int from, int head, int n) {
            int to = (head + n) % size;
            for (int i = 0; i < n; i++) {
                int r = before(to);
                origin[from + to] = origin[from + r];
                second[from + to] = second[from + r];
                nano[from + to] = nano[from + r];
                to = r;
            }
        }

        void write(int row, int originId, Instant at) {
            origin[row] = originId;
            second[row] = at.getEpochSecond();
            nano[row] = at.getNano();
        }

        /** Copies the full block of {@code other} at {@code from}, newest first, to this slab's rows at {@code to}. */
        void unroll(Slab other, int from, int head, int to) {
            int wrapped = other.size - head;
            System.arraycopy(other.origin, from + head, origin, to, wrapped);
            System.arraycopy(other.second, from + head, second, to, wrapped);
            System.arraycopy(other.nano, from + head, nano, to, wrapped);
            System.arraycopy(other.origin, from, origin, to + wrapped, head);
            System.arraycopy(other.second, from, second, to + wrapped, head);
            System.arraycopy(other.nano, from, nano, to + wrapped, head);
        }
    }
}
