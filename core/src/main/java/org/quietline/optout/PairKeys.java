package org.quietline.optout;

import java.util.Arrays;
import org.quietline.consent.MerchantId;
import org.quietline.number.Sender;

/**
 * The (sender, merchant) pairs of {@link Origins} as characters, a stretch of {@value #CHARS} per pair id in one
 * flat array: the sender's value, then the merchant's. A delivery's characters are copied from its message when
 * it is told ({@link Pending}) and compared with a pair's here, rather than its objects with those of the pair's
 * first delivery, which a busy cache has long evicted (three dependent reads each for the sender and the
 * merchant, against one stretch of one array; ADR 0112).
 *
 * <p>A pair's <em>shape</em> is the lengths of both values: equal pairs have equal shapes, and two pairs of one
 * shape whose characters are equal are equal, as a {@link Sender} is equal to another exactly when its value (its
 * canonical form) is, and a {@link MerchantId} likewise. A pair too long for its stretch is not held; its owner
 * compares the objects. Not thread-safe: the stripe's lock guards it.
 */
final class PairKeys {

    static final int CHARS = 32;
    private static final int LENGTH_BITS = 8;
    private static final int LONGEST = (1 << LENGTH_BITS) - 1;

    private char[] chars = new char[16 * CHARS];
    private int[] shapes = new int[16];

    /** The shape of the pair of {@code sender} and {@code merchant} (null for none). */
    static int shape(Sender sender, MerchantId merchant) {
        int merchantPart = merchant == null ? 0 : merchant.value().length() + 1;
        return Math.min(sender.value().length(), LONGEST) | merchantPart << LENGTH_BITS;
    }

    /** Whether a pair of {@code shape} fits its stretch, so that {@link #matches} can tell. */
    static boolean held(int shape) {
        int senderLength = shape & LONGEST;
        return senderLength < LONGEST && senderLength + merchantLength(shape) <= CHARS;
    }

    /**
     * Copies the characters of {@code sender} and {@code merchant}, of {@code shape}, to {@code into} from
     * {@code at}, if {@link #held}.
     */
    static void copy(Sender sender, MerchantId merchant, int shape, char[] into, int at) {
        if (held(shape)) {
            String s = sender.value();
            s.getChars(0, s.length(), into, at);
            if (merchant != null) {
                merchant.value().getChars(0, merchant.value().length(), into, at + s.length());
            }
        }
    }

    /** Holds the pair of {@code shape} as pair {@code pair}, with its characters (if {@link #held}) from {@code from}. */
    void put(int pair, int shape, char[] from, int at) {
        if (pair >= shapes.length) {
            shapes = Arrays.copyOf(shapes, Math.max(pair + 1, shapes.length * 2));
            chars = Arrays.copyOf(chars, shapes.length * CHARS);
        }
        shapes[pair] = shape;
        if (held(shape)) {
            System.arraycopy(from, at, chars, pair * CHARS, length(shape));
        }
    }

    /** The shape and first characters of {@code pair}, as a number: reading it ahead brings them in. */
    long touch(int pair) {
        return shapes[pair] + chars[pair * CHARS];
    }

    /** Whether {@code pair} has {@code shape}: a pair of another shape is another pair. */
    boolean hasShape(int pair, int shape) {
        return shapes[pair] == shape;
    }

    /** Whether {@code pair}, of {@code shape} and {@link #held}, has the characters in {@code from} at {@code at}. */
    boolean matches(int pair, int shape, char[] from, int at) {
        int n = length(shape);
        return Arrays.equals(chars, pair * CHARS, pair * CHARS + n, from, at, at + n);
    }

    private static int length(int shape) {
        return (shape & LONGEST) + merchantLength(shape);
    }

    private static int merchantLength(int shape) {
        return Math.max(0, (shape >>> LENGTH_BITS) - 1);
    }
}
