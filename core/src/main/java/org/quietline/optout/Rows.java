package org.quietline.optout;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * The older deliveries of the subscribers of one stripe of {@link InMemoryRecentSenders} (the newest one of each
 * is kept beside the subscriber's key): each subscriber's older deliveries are one block of adjacent rows
 * (origin, second, nano) in the slab of its size class, 1, 2, 3, 4, 6, 8, 12 or {@value #MOST} rows, so that a
 * block is at most a third larger than its list. A block is a ring: the list runs from its newest row at the head,
 * wrapping at the block's end, so a row pushed for a pair the list does not hold is written before the head (a
 * full list's oldest row is there), and no row moves. A block is one stretch of {@code long}s, its rows' origins
 * (with their nanos) first and their seconds after them, so a push reads the list's origins from one to three
 * adjacent cache lines, compares their pairs as ints ({@link Origins#pair}) and writes one row in the same block,
 * or moves the rows newer than the dropped one by one (ADR 0112). A list that outgrows its block moves to the
 * next class; freed blocks are reused by their class (a free block's first cell links to the next free one).
 *
 * <p>A list is a {@code long}: its count in the low 5 bits, its head above them (4 bits), the offset of its
 * block above these; 0 is the empty list, which has no block. Not thread-safe: the stripe's lock guards it.
 */
final class Rows {

    /** The most rows of a list: a subscriber's pairs but the newest. */
    static final int MOST = InMemoryRecentSenders.PER_SUBSCRIBER - 1;
    private static final int NONE = -1;
    private static final int COUNT_BITS = 5;
    private static final int HEAD_BITS = 4;
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
     * {@code list} with the row of {@code origin} at {@code second} and {@code nano} first, and without its row of
     * {@code dropped} (a pair other than {@code origin}'s) or, when it is full and has none, without its oldest
     * row; the origin of the row taken out loses a reference.
     */
    long push(long list, int origin, long second, int nano, int dropped) {
        int n = count(list);
        int block = offset(list);
        int head = head(list);
        Slab slab = slabOf[n];
        for (int i = 0, r = head; i < n; i++, r = slab.after(r)) {
            if (origins.pair(slab.origin(block, r)) == dropped) {
                origins.release(slab.origin(block, r));
                slab.moveOlder(block, head, i);
                slab.write(block, head, origin, second, nano);
                return list;
            }
        }
        if (n == MOST || slabOf[n + 1] == slab) {
            head = slab.before(head);
            if (n == MOST) {
                origins.release(slab.origin(block, head));
            }
            slab.write(block, head, origin, second, nano);
            return list(block, head, Math.min(n + 1, MOST));
        }
        Slab to = slabOf[n + 1];
        int grown = to.take();
        if (n > 0) {
            to.unroll(slab, block, head, grown);
            slab.give(block);
        }
        to.write(grown, 0, origin, second, nano);
        return list(grown, 0, n + 1);
    }

    /**
     * A sum of cells of {@code list}'s block (0 for the empty list) on each cache line that {@link #push} reads, and
     * on the one it most likely writes: reading it ahead brings them in.
     */
    long touch(long list) {
        int n = count(list);
        return n == 0 ? 0 : slabOf[n].touch(offset(list), head(list));
    }

    /** {@code newest}, then the deliveries of {@code list}, newest first. */
    List<Delivery> read(Delivery newest, long list) {
        int n = count(list);
        Delivery[] found = new Delivery[n + 1];
        found[0] = newest;
        int block = offset(list);
        Slab slab = slabOf[Math.max(n, 1)];
        for (int i = 0, r = head(list); i < n; i++, r = slab.after(r)) {
            found[i + 1] = origins.delivery(slab.origin(block, r), slab.at(block, r));
        }
        return List.of(found);
    }

    /** Drops {@code list}: its origins lose a reference each, its block is free. */
    void free(long list) {
        int n = count(list);
        if (n == 0) {
            return;
        }
        int block = offset(list);
        Slab slab = slabOf[n];
        for (int i = 0, r = head(list); i < n; i++, r = slab.after(r)) {
            origins.release(slab.origin(block, r));
        }
        slab.give(block);
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

    /**
     * The rows of one size class, in blocks of {@code size} rows in one array that doubles as it fills: a block is
     * {@code size} cells of origin and nano (the origin in the high half), then {@code size} cells of epoch second.
     */
    private static final class Slab {
        private final int size;
        private long[] cells;
        private int used;
        private int free = NONE;

        Slab(int size) {
            this.size = size;
            cells = new long[2 * size * 16];
        }

        /** The offset of a free block. */
        int take() {
            if (free != NONE) {
                int block = free;
                free = (int) cells[block];
                return block;
            }
            if (used == cells.length) {
                cells = Arrays.copyOf(cells, used * 2);
            }
            int block = used;
            used += 2 * size;
            return block;
        }

        void give(int block) {
            cells[block] = free;
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

        int origin(int block, int r) {
            return (int) (cells[block + r] >>> 32);
        }

        /** Sums a cell of each line of the block's origins, and the second of the row before {@code head}. */
        long touch(int block, int head) {
            long sum = cells[block + size - 1] + cells[block + size + before(head)];
            for (int c = 0; c < size; c += 8) {
                sum += cells[block + c];
            }
            return sum;
        }

        Instant at(int block, int r) {
            return Instant.ofEpochSecond(cells[block + size + r], (int) cells[block + r]);
        }

        void write(int block, int r, int origin, long second, int nano) {
            cells[block + r] = (long) origin << 32 | nano;
            cells[block + size + r] = second;
        }

        /** Moves the {@code n} newest rows of {@code block} one older, over the row after them. */
        void moveOlder(int block, int head, int n) {
            int to = (head + n) % size;
            for (int i = 0; i < n; i++) {
                int r = before(to);
                cells[block + to] = cells[block + r];
                cells[block + size + to] = cells[block + size + r];
                to = r;
            }
        }

        /** Copies the full block of {@code other} at {@code from}, newest first, to rows 1 on of {@code block}. */
        void unroll(Slab other, int from, int head, int block) {
            int wrapped = other.size - head;
            System.arraycopy(other.cells, from + head, cells, block + 1, wrapped);
            System.arraycopy(other.cells, from, cells, block + 1 + wrapped, head);
            System.arraycopy(other.cells, from + other.size + head, cells, block + size + 1, wrapped);
            System.arraycopy(other.cells, from + other.size, cells, block + size + 1 + wrapped, head);
        }
    }
}
