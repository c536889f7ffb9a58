package org.quietline.optout;

import java.util.ArrayList;
import java.util.List;

/**
 * Reply codes as {@link Origins} holds and compares them: an origin's codes are an array of distinct codes, and a
 * <em>key</em> stands for the usual sets exactly: none, or one code of at most {@value #PACKED_CHARS} ASCII
 * characters ({@code t}, {@code td}, {@code 0000}), packed into a {@code long}. Two such sets are equal exactly when
 * their keys are, so a delivery is matched with an origin by comparing two {@code long}s, without reading a string;
 * any other set has the key {@link #UNPACKED} and is compared code by code. Codes are never null (the witness
 * copies them with {@code List.copyOf} when it is told). Stateless.
 */
final class ReplyCodes {

    /** The key of a set that is not packed: compare the codes. */
    static final long UNPACKED = -1;
    static final String[] NONE = {};
    private static final int PACKED_CHARS = 8;
    private static final int CHAR_BITS = 7;

    private ReplyCodes() {
    }

    /** The key of {@code codes}, which hold each code once (a list that repeats one is {@link #UNPACKED}). */
    static long key(List<String> codes) {
        if (codes.isEmpty()) {
            return 0;
        }
        if (codes.size() > 1) {
            return UNPACKED;
        }
        String code = codes.get(0);
        int n = code.length();
        if (n == 0 || n > PACKED_CHARS) {
            return UNPACKED;
        }
        long key = 1L << 63 | (long) n << (PACKED_CHARS * CHAR_BITS);
        for (int i = 0; i < n; i++) {
            char c = code.charAt(i);
            if (c >= 1 << CHAR_BITS) {
                return UNPACKED;
            }
            key |= (long) c << (i * CHAR_BITS);
        }
        return key;
    }

    /** {@code codes} without repeats, in order. */
    static String[] distinct(List<String> codes) {
        if (codes.isEmpty()) {
            return NONE;
        }
        List<String> once = new ArrayList<>(codes.size());
        for (String c : codes) {
            if (!once.contains(c)) {
                once.add(c);
            }
        }
        return once.toArray(String[]::new);
    }

    /** Whether {@code codes} are the codes {@code held} (each once), in any order. */
    static boolean same(String[] held, List<String> codes) {
        for (String c : codes) {
            if (!holds(held, c)) {
                return false;
            }
        }
        for (String h : held) {
            if (!codes.contains(h)) {
                return false;
            }
        }
        return true;
    }

    private static boolean holds(String[] held, String code) {
        for (String h : held) {
            if (h.equals(code)) {
                return true;
            }
        }
        return false;
    }
}
