package org.quietline.classify;

import java.util.Arrays;

/**
 * The classifications of recently seen templates. A text's features depend only on its normalised symbols and
 * the number of characters read ({@link Features#symbols}), and the normaliser reads every digit run, URL and
 * e-mail address as one symbol: so the messages of one template ("your code is 123456", then "… 654321"; an order
 * notice with another order number) have the same features and the same classification, and the second and
 * later ones need not be scored again. Most application-to-person SMS traffic is such templates.
 *
 * <p>A slot per hash of the symbols, {@link #SLOTS} of them, a template kept at its second copy and replacing the
 * one before;
 * a text is found only by equal symbols and length, compared whole, so a crafted text can take a slot but never
 * another template's answer. Texts longer than {@link #LONGEST} symbols are not kept. At most about
 * {@code SLOTS × LONGEST × 4} bytes (2 MB).
 *
 * <p>Thread-safe without locks: a slot holds an immutable entry, written and read whole (a racing writer may
 * replace another's entry, which is only a lost entry).
 */
final class Templates {

    /** How many templates are kept. */
    static final int SLOTS = 1024;
    /** The most symbols of a text kept: a long message of seven parts. */
    static final int LONGEST = 512;

    private record Entry(int chars, int[] symbols, Classification classification) {
    }

    private final Entry[] slots = new Entry[SLOTS];
    /** Per slot, the hash of the last text that found nothing there: a template is kept at its second copy. */
    private final int[] missed = new int[SLOTS];

    /** The hash a text's symbols (the first {@code n}) are found and kept by. */
    static int hash(int[] symbols, int n) {
        int h = n;
        for (int k = 0; k < n; k++) {
            h = 31 * h + symbols[k];
        }
        return h ^ h >>> 16;
    }

    /** The classification kept for a text of these symbols, {@code hash} and {@code chars}, or null. */
    Classification find(int hash, int[] symbols, int n, int chars) {
        Entry e = slots[slot(hash)];
        if (e != null && e.chars() == chars && Arrays.equals(e.symbols(), 0, e.symbols().length, symbols, 0, n)) {
            return e.classification();
        }
        return null;
    }

    /**
     * After {@link #find} found nothing: keeps the classification if a text of the same hash found nothing
     * in this slot last time (its template's second copy), so that a text seen once costs no copy; never a
     * text longer than {@link #LONGEST} symbols.
     */
    void missed(int hash, int[] symbols, int n, int chars, Classification classification) {
        int slot = slot(hash);
        if (missed[slot] != hash) {
            missed[slot] = hash;
        } else if (n <= LONGEST) {
            slots[slot] = new Entry(chars, Arrays.copyOf(symbols, n), classification);
        }
    }

    /** By the symbols alone: one template's texts of another length take the same slot. */
    private static int slot(int hash) {
        return (hash * 0x9E3779B9 >>> 22) & (SLOTS - 1);
    }
}
