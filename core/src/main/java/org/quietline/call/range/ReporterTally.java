package org.quietline.call.range;

import java.util.Arrays;

/**
 * Sums per reporter within one range, in one or more columns (one per measure of the range), reused from
 * range to range: an open-addressing table of int keys and double sums that clears only the slots it
 * used. Lets the forecast cap each reporter's influence on a range without a map allocation per range.
 * Not thread-safe.
 */
final class ReporterTally {

    private static final int EMPTY = Integer.MIN_VALUE;

    private final int columns;
    private int[] keys = new int[64];
    private double[] sums;
    private int[] used = new int[64];
    private int size;

    /** A tally of {@code columns} columns. */
    ReporterTally(int columns) {
        this.columns = columns;
        this.sums = new double[64 * columns];
        Arrays.fill(keys, EMPTY);
    }

    /** Adds {@code amounts[c] × scale} to {@code reporter}'s sum in each column {@code c}, with one look-up. */
    void addAll(int reporter, double[] amounts, double scale) {
        int at = slot(reporter) * columns;
        for (int c = 0; c < columns; c++) {
            sums[at + c] += amounts[c] * scale;
        }
    }

    /** The slot of {@code reporter}, claimed (with zero sums) if it has none yet. */
    private int slot(int reporter) {
        if (size * 2 >= keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int slot = mix(reporter) & mask;
        while (keys[slot] != EMPTY && keys[slot] != reporter) {
            slot = (slot + 1) & mask;
        }
        if (keys[slot] == EMPTY) {
            keys[slot] = reporter;
            Arrays.fill(sums, slot * columns, (slot + 1) * columns, 0);
            used[size++] = slot;
        }
        return slot;
    }

    /** How many distinct reporters were added since the last clear. */
    int reporters() {
        return size;
    }

    /** The sum over reporters of each one's sum in {@code column}, each capped at {@code cap}. */
    double cappedTotal(int column, double cap) {
        double total = 0;
        for (int i = 0; i < size; i++) {
            total += Math.min(cap, sums[used[i] * columns + column]);
        }
        return total;
    }

    /** Forgets every reporter. */
    void clear() {
        for (int i = 0; i < size; i++) {
            keys[used[i]] = EMPTY;
        }
        size = 0;
    }

    private void grow() {
        int[] oldKeys = keys;
        double[] oldSums = sums;
        int[] oldUsed = used;
        int oldSize = size;
        keys = new int[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        sums = new double[keys.length * columns];
        used = new int[keys.length];
        size = 0;
        for (int i = 0; i < oldSize; i++) {
            int at = slot(oldKeys[oldUsed[i]]) * columns;
            System.arraycopy(oldSums, oldUsed[i] * columns, sums, at, columns);
        }
    }

    private static int mix(int x) {
        int h = x * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
