package org.quietline.classify;

/**
 * Recognises a web or e-mail address at the start of a token ({@code http://…}, {@code www.…},
 * {@code t.cn/8FQv9oD}, {@code wap.10010.com}, {@code name@qq.com}) and reads it as one {@link Shape}.
 * Without a scheme or {@code www.}, the host must end in a top-level domain that SMS traffic uses, so
 * that abbreviations such as {@code e.g.} or amounts such as {@code 29.80} are not taken for addresses.
 * Stateless and thread-safe.
 */
final class Addresses {

    private static final String[] COMMON_DOMAINS = {
        "com", "cn", "net", "org", "cc", "me", "co", "io", "ly", "top", "xyz", "info", "biz", "tv", "hk",
        "tw", "mo", "mobi", "vip", "club", "site", "online", "shop", "gov", "edu", "uk", "us", "so", "gl",
        "ws", "la", "in", "im", "gd", "lt", "tk", "ml", "ga", "cf", "gq", "ink", "wang", "ren", "link",
    };

    /** Hosts that only redirect: the reader cannot see where the link leads. */
    private static final String[] SHORTENERS = {
        "t.cn", "url.cn", "dwz.cn", "139url.cn", "sina.lt", "suo.im", "bit.ly", "goo.gl", "tinyurl.com",
        "is.gd", "ow.ly", "t.co", "u.nu", "v1x.cn", "j.mp", "w.url.cn", "tb.cn", "m.tb.cn", "u.jd.com",
    };

    private Addresses() {
    }

    /** ASCII characters that can occur in an address. */
    private static final boolean[] ADDRESS_CHARS = new boolean[0x80];

    static {
        for (char c = '0'; c <= '9'; c++) {
            ADDRESS_CHARS[c] = true;
        }
        for (char c = 'a'; c <= 'z'; c++) {
            ADDRESS_CHARS[c] = true;
        }
        for (char c : "-._~:/?#@$&*+,;=%!".toCharArray()) {
            ADDRESS_CHARS[c] = true;
        }
    }

    /** The address at {@code i} as a packed shape symbol and end index, or 0 if none starts there. */
    static long read(String text, int i, int end) {
        int stop = runEnd(text, i, end);
        if (stop < 0 || stop - i < 4) {
            return 0;
        }
        int hostStart = i;
        boolean scheme = false;
        if (startsWith(text, i, stop, "http://")) {
            hostStart = i + "http://".length();
            scheme = true;
        } else if (startsWith(text, i, stop, "https://")) {
            hostStart = i + "https://".length();
            scheme = true;
        }
        int hostEnd = hostEnd(text, hostStart, stop);
        int at = indexOf(text, '@', hostStart, hostEnd);
        if (at >= 0) {
            return !scheme && isHost(text, at + 1, hostEnd, false) ? pack(Shape.EMAIL, stop) : 0;
        }
        boolean www = startsWith(text, hostStart, hostEnd, "www.");
        if (!isHost(text, hostStart, hostEnd, scheme || www)) {
            return 0;
        }
        return pack(isShortener(text, hostStart, hostEnd) ? Shape.SHORT_URL : Shape.URL, stop);
    }

    /**
     * The end of the run of characters an address can hold, without trailing punctuation; -1 when the run
     * has no dot, which every address has ({@code host.tld}), so that a plain word or number costs one pass.
     */
    private static int runEnd(String text, int i, int end) {
        int k = i;
        boolean dot = false;
        while (k < end) {
            char c = Normaliser.fold(text.charAt(k));
            if (c >= 0x80 || !ADDRESS_CHARS[c]) {
                break;
            }
            dot |= c == '.';
            k++;
        }
        if (!dot) {
            return -1;
        }
        while (k > i && isTrailing(Normaliser.fold(text.charAt(k - 1)))) {
            k--;
        }
        return k;
    }

    private static int hostEnd(String text, int from, int stop) {
        int k = from;
        while (k < stop) {
            char c = Normaliser.fold(text.charAt(k));
            if (c == '/' || c == '?' || c == '#' || c == ':') {
                break;
            }
            k++;
        }
        return k;
    }

    /** Dot-separated labels of letters, digits and hyphens, the last one letters only. */
    private static boolean isHost(String text, int from, int to, boolean anyDomain) {
        int lastDot = -1;
        for (int k = from; k < to; k++) {
            char c = Normaliser.fold(text.charAt(k));
            if (c == '.') {
                if (k == from || k == lastDot + 1) {
                    return false;
                }
                lastDot = k;
            } else if (!Normaliser.isAsciiLetterOrDigit(c) && c != '-' && c != '_') {
                return false;
            }
        }
        if (lastDot < 0 || to - lastDot - 1 < 2 || to - lastDot - 1 > 6) {
            return false;
        }
        for (int k = lastDot + 1; k < to; k++) {
            char c = Normaliser.fold(text.charAt(k));
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return anyDomain || isAny(text, lastDot + 1, to, COMMON_DOMAINS);
    }

    private static boolean isShortener(String text, int from, int to) {
        return isAny(text, from, to, SHORTENERS);
    }

    private static boolean isAny(String text, int from, int to, String[] words) {
        for (String word : words) {
            if (word.length() == to - from && startsWith(text, from, to, word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(String text, int from, int to, String prefix) {
        if (to - from < prefix.length()) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (Normaliser.fold(text.charAt(from + k)) != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(String text, char wanted, int from, int to) {
        for (int k = from; k < to; k++) {
            if (Normaliser.fold(text.charAt(k)) == wanted) {
                return k;
            }
        }
        return -1;
    }

    private static boolean isTrailing(char c) {
        return ".,;:!?".indexOf(c) >= 0;
    }

    private static long pack(Shape shape, int next) {
        return Normaliser.pack(shape.symbol(), next);
    }
}
