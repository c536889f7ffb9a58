package org.quietline.classify;

/**
 * Reads a text as a sequence of normalised symbols, one at a time and without allocating: full-width
 * forms become their ASCII twins, CJK punctuation its ASCII counterpart, letters lower case, every kind of
 * blank a space, zero-width characters nothing, and digit runs, URLs and e-mail addresses one {@link Shape}
 * symbol each. A symbol is a code point, or {@code Shape.BASE + ordinal} for a shape.
 *
 * <p>{@link #next} returns the symbol and the index after it packed into one {@code long}, so the hot
 * path needs no result object. Stateless and thread-safe.
 */
final class Normaliser {

    /** The symbol for any run of blanks. */
    static final int SPACE = ' ';

    /** Returned for characters that carry nothing (zero-width joiners, byte-order marks). */
    static final int NOTHING = -1;

    /** What a lone surrogate (broken UTF-16, binary junk) reads as. */
    static final int REPLACEMENT = 0xFFFD;

    /** ASCII folded: upper case to lower case, control characters to a space. */
    private static final char[] ASCII = new char[0x80];

    static {
        for (char c = 0; c < 0x80; c++) {
            ASCII[c] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c < ' ' || c == 0x7F ? ' ' : c;
        }
    }

    private Normaliser() {
    }

    /** The symbol that starts at {@code i} (which is below {@code end}), packed with the index after it. */
    static long next(String text, int i, int end) {
        char raw = text.charAt(i);
        char c = fold(raw);
        if (c < 0x80) {
            return c == 0 ? pack(NOTHING, i + 1) : ascii(text, c, i, end);
        }
        if (Character.isHighSurrogate(raw) && i + 1 < end && Character.isLowSurrogate(text.charAt(i + 1))) {
            return pack(Character.toCodePoint(raw, text.charAt(i + 1)), i + 2);
        }
        return pack(Character.isSurrogate(raw) ? REPLACEMENT : c, i + 1);
    }

    private static long ascii(String text, char c, int i, int end) {
        boolean digit = c >= '0' && c <= '9';
        boolean letter = c >= 'a' && c <= 'z';
        if ((digit || letter) && startsToken(text, i)) {
            long address = Addresses.read(text, i, end);
            if (address != 0) {
                return address;
            }
        }
        if (digit || (c == 'x' && Numbers.maskedAt(text, i, end))) {
            return Numbers.read(text, i, end);
        }
        return pack(c, i + 1);
    }

    /** Whether a token (a URL, a word) may start at {@code i}: the character before it cannot continue one. */
    static boolean startsToken(String text, int i) {
        if (i == 0) {
            return true;
        }
        char before = fold(text.charAt(i - 1));
        return !(isAsciiLetterOrDigit(before) || before == '.' || before == '-' || before == '_'
                || before == '/' || before == '@' || before == ':');
    }

    /**
     * The character as the classifier sees it: full-width ASCII folded, ASCII and other alphabets in lower
     * case, blanks and control characters as a space, CJK punctuation as ASCII, and 0 for characters that
     * carry nothing.
     */
    static char fold(char c) {
        if (c < 0x80) {
            return ASCII[c];
        }
        if (c >= 0x4E00 && c <= 0x9FFF) {
            return c;
        }
        return foldRare(c);
    }

    private static char foldRare(char c) {
        if (c >= 0xFF01 && c <= 0xFF5E) {
            return ASCII[c - 0xFEE0];
        }
        if (c < 0x2000) {
            return c == 0xA0 ? ' ' : c < 0xC0 ? c : Character.toLowerCase(c);
        }
        return foldPunctuation(c);
    }

    private static char foldPunctuation(char c) {
        return switch (c) {
            case 0x3000, 0x2028, 0x2029, 0x202F, 0x205F -> ' ';
            case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF -> 0;
            case 0x3001, 0xFF64 -> ',';
            case 0x3002, 0xFF61, 0x2026 -> '.';
            case 0x3010, 0x3014, 0x3016, 0x3018 -> '[';
            case 0x3011, 0x3015, 0x3017, 0x3019 -> ']';
            case 0x300A, 0x3008 -> '<';
            case 0x300B, 0x3009 -> '>';
            case 0x300C, 0x300D, 0x300E, 0x300F, 0x201C, 0x201D, 0x201E -> '"';
            case 0x2018, 0x2019 -> '\'';
            case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212 -> '-';
            case 0x301C -> '~';
            default -> c <= 0x200A ? ' ' : c;
        };
    }

    static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    /** Whether a symbol belongs to a word of an alphabetic script (Latin, Greek, Cyrillic …), not CJK. */
    static boolean isWordLetter(int symbol) {
        if (symbol < 0x80) {
            return symbol >= 'a' && symbol <= 'z';
        }
        return symbol >= 0xC0 && symbol < 0x2E80 && Character.isLetter(symbol);
    }

    static long pack(int symbol, int next) {
        return ((long) symbol << 32) | (next & 0xFFFF_FFFFL);
    }

    static int symbolOf(long packed) {
        return (int) (packed >> 32);
    }

    static int nextOf(long packed) {
        return (int) packed;
    }

    /**
     * The normalised text in readable form, shapes written as {@code ⟨MOBILE⟩}: for tests, documentation
     * and looking at errors; the hot path never builds it.
     */
    static String render(String text) {
        StringBuilder out = new StringBuilder();
        int end = Math.min(text.length(), Features.MAX_CHARS);
        int previous = SPACE;
        for (int i = 0; i < end; ) {
            long packed = next(text, i, end);
            int symbol = symbolOf(packed);
            i = nextOf(packed);
            if (symbol == NOTHING || (symbol == SPACE && previous == SPACE)) {
                continue;
            }
            if (symbol >= Shape.BASE) {
                out.append('⟨').append(Shape.ofSymbol(symbol)).append('⟩');
            } else {
                out.appendCodePoint(symbol);
            }
            previous = symbol;
        }
        return out.toString().strip();
    }
}
