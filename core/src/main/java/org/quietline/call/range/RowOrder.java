package org.quietline.call.range;

/**
 * A stable merge sort of row indices by (number, reporter, day) over primitive columns. The JDK sorts
 * primitive arrays only by their own values, and sorting boxed indices with a comparator would allocate a
 * million objects; this keeps the columns as they are. Stateless.
 */
final class RowOrder {

    private RowOrder() {
    }

    /** The indices 0..size−1 in (number, reporter, day) order. */
    static int[] sort(long[] numbers, int[] reporters, int[] days, int size) {
        int[] a = new int[size];
        for (int i = 0; i < size; i++) {
            a[i] = i;
        }
        int[] b = new int[size];
        for (int width = 1; width < size; width *= 2) {
            for (int lo = 0; lo < size; lo += 2 * width) {
                int mid = Math.min(lo + width, size);
                int hi = Math.min(lo + 2 * width, size);
                merge(a, b, lo, mid, hi, numbers, reporters, days);
            }
            int[] t = a;
            a = b;
            b = t;
        }
        return a;
    }

    private static void merge(int[] from, int[] to, int lo, int mid, int hi, long[] numbers, int[] reporters, int[] days) {
        int i = lo;
        int j = mid;
        for (int k = lo; k < hi; k++) {
            if (i < mid && (j >= hi || compare(from[i], from[j], numbers, reporters, days) <= 0)) {
                to[k] = from[i++];
            } else {
                to[k] = from[j++];
            }
        }
    }

    private static int compare(int x, int y, long[] numbers, int[] reporters, int[] days) {
        int c = Long.compare(numbers[x], numbers[y]);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(reporters[x], reporters[y]);
        return c != 0 ? c : Integer.compare(days[x], days[y]);
    }
}
