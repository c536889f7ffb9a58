package org.quietline.screening;

/**
 * Folds text for matching: full-width ASCII to half-width, ideographic space to space, Latin letters to
 * lower case, one {@code char} for one {@code char}, so that a folded text has the indexes of its original.
 * The form {@link Examination#foldedText()} gives; public for readers of SMS text outside a screening (the
 * opt-out desk reads the reply codes a delivered message announced), and for checks that look at a few
 * places of a text: they fold those characters ({@link #fold(char)}) instead of copying the whole text.
 * Stateless, thread-safe.
 */
public final class Folding {

    private Folding() {
    }

    /** {@code text} folded; the same string when nothing needed folding. */
    public static String fold(String text) {
        char[] out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char f = fold(c);
            if (f != c) {
                if (out == null) {
                    out = text.toCharArray();
                }
                out[i] = f;
            }
        }
        return out == null ? text : new String(out);
    }

    /** The folded character. Folding twice changes nothing more: {@code fold(fold(c)) == fold(c)}. */
    public static char fold(char c) {
        if (c >= 'A' && c <= 'Z') {
            return (char) (c + ('a' - 'A'));
        }
        if (c >= '\uFF01' && c <= '\uFF5E') {
            char half = (char) (c - 0xFEE0);
            return half >= 'A' && half <= 'Z' ? (char) (half + ('a' - 'A')) : half;
        }
        return c == '\u3000' ? ' ' : c;
    }

    /** Whether the folded {@code text} holds {@code word} at index {@code at}: {@code fold(text).startsWith(word, at)}. */
    public static boolean matchesAt(String text, int at, String word) {
        if (at < 0 || at + word.length() > text.length()) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (fold(text.charAt(at + k)) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
