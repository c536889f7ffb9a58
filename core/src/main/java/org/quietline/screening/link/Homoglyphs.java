package org.quietline.screening.link;

import java.util.Map;

/**
 * Letters of other scripts that imitate Latin letters, as a table indexed by character: the scanners ask
 * about every non-ASCII character of a text (most of them Chinese), so a lookup must cost an array read,
 * not a boxed map lookup. Immutable, thread-safe.
 */
final class Homoglyphs {

    private final char[] latin;

    Homoglyphs(Map<Character, Character> map) {
        int max = 0;
        for (char c : map.keySet()) {
            max = Math.max(max, c);
        }
        latin = new char[max + 1];
        map.forEach((other, l) -> latin[other] = l);
    }

    /** Whether {@code c} imitates a Latin letter. */
    boolean imitates(char c) {
        return c < latin.length && latin[c] != 0;
    }

    /** The Latin letter {@code c} imitates, or {@code c} itself. */
    char latinOf(char c) {
        return imitates(c) ? latin[c] : c;
    }
}
