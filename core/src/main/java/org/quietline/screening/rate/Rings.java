package org.quietline.screening.rate;

import java.util.Arrays;

/**
 * The event rings of a rate counter's keys in flat arrays: one {@code long[]} per ring size (4, 8, 16 … up to
 * the counter's {@code maxCount}), cut into blocks of that size, with a stack of the blocks freed for reuse. A
 * ring is named by a {@code long} (its size class and block) and grows by moving to the next class. Not
 * thread-safe: its owner guards it.
 */
final class Rings {

    private static final int SMALLEST = 4;

    private final int[] capacities;
    private final long[][] times;
    private final int[][] freed;
    private final int[] freedCount;
    private final int[] used;

    /** Rings of up to {@code maxCount} events. */
    Rings(int maxCount) {
        int classes = 1;
        while (Math.min((long) SMALLEST << (classes - 1), maxCount) < maxCount) {
            classes++;
        }
        capacities = new int[classes];
        for (int c = 0; c < classes; c++) {
            capacities[c] = (int) Math.min((long) SMALLEST << c, maxCount);
        }
        times = new long[classes][];
        freed = new int[classes][];
        freedCount = new int[classes];
        used = new int[classes];
        for (int c = 0; c < classes; c++) {
            // about 64 times per class to start with: a counter that is built and hardly used stays small
            times[c] = new long[capacities[c] * Math.max(1, 64 / capacities[c])];
            freed[c] = new int[16];
        }
    }

    /** A new ring of size class {@code c}. */
    long allocate(int c) {
        int block;
        if (freedCount[c] > 0) {
            block = freed[c][--freedCount[c]];
        } else {
            block = used[c]++;
            if ((long) used[c] * capacities[c] > times[c].length) {
                times[c] = Arrays.copyOf(times[c], Math.toIntExact(Math.min(Integer.MAX_VALUE - 8, (long) times[c].length * 2)));
            }
        }
        return (long) c << 32 | block;
    }

    /** Gives {@code ring}'s block back. */
    void free(long ring) {
        int c = (int) (ring >>> 32);
        if (freedCount[c] == freed[c].length) {
            freed[c] = Arrays.copyOf(freed[c], freed[c].length * 2);
        }
        freed[c][freedCount[c]++] = (int) ring;
    }

    int capacity(long ring) {
        return capacities[(int) (ring >>> 32)];
    }

    boolean canGrow(long ring) {
        return (int) (ring >>> 32) < capacities.length - 1;
    }

    /**
     * Moves the full {@code ring}, whose oldest event is at {@code next}, into a ring of the next size, oldest
     * first from position 0 (so its next write goes right after the copied events), and frees the old one.
     */
    long grow(long ring, int next) {
        int c = (int) (ring >>> 32);
        long grown = allocate(c + 1);
        int size = capacities[c];
        long[] from = times[c];
        long[] to = times[c + 1];
        int fromBase = (int) ring * size;
        int toBase = (int) grown * capacities[c + 1];
        System.arraycopy(from, fromBase + next, to, toBase, size - next);
        System.arraycopy(from, fromBase, to, toBase + size - next, next);
        free(ring);
        return grown;
    }

    long get(long ring, int i) {
        int c = (int) (ring >>> 32);
        return times[c][(int) ring * capacities[c] + i];
    }

    void set(long ring, int i, long time) {
        int c = (int) (ring >>> 32);
        times[c][(int) ring * capacities[c] + i] = time;
    }
}
