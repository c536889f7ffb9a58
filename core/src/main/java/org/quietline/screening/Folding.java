package org.quietline.screening;

/** Folds text for matching: full-width ASCII to half-width, ideographic space to space, Latin letters to lower case. */
final class Folding {

    private Folding() {
    }

    static String fold(String text) {
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

    private static char fold(char c) {
        if (c >= 'A' && c <= 'Z') {
            return (char) (c + ('a' - 'A'));
        }
        if (c >= '\uFF01' && c <= '\uFF5E') {
            char half = (char) (c - 0xFEE0);
            return half >= 'A' && half <= 'Z' ? (char) (half + ('a' - 'A')) : half;
        }
        return c == '\u3000' ? ' ' : c;
    }
}
