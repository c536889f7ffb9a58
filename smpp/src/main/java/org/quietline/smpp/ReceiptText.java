package org.quietline.smpp;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The SMPP 3.4 Appendix B receipt text ({@code id:IIIIIIIIII sub:SSS dlvrd:DDD … stat:DDDDDDD err:E text:…}):
 * reading its id, and writing another id in its place, leaving the rest byte for byte.
 */
final class ReceiptText {

    private static final String ID = "id:";

    private ReceiptText() {
    }

    /** The id after {@code id:}, up to the next blank. */
    static Optional<String> id(byte[] text) {
        String s = new String(text, StandardCharsets.ISO_8859_1);
        int at = start(s);
        if (at < 0) {
            return Optional.empty();
        }
        int end = end(s, at);
        return end > at ? Optional.of(s.substring(at, end)) : Optional.empty();
    }

    /** The text with {@code newId} in place of the id, or unchanged when it has none. */
    static byte[] withId(byte[] text, String newId) {
        String s = new String(text, StandardCharsets.ISO_8859_1);
        int at = start(s);
        if (at < 0) {
            return text;
        }
        return (s.substring(0, at) + newId + s.substring(end(s, at))).getBytes(StandardCharsets.ISO_8859_1);
    }

    private static int start(String s) {
        int i = s.regionMatches(true, 0, ID, 0, ID.length()) ? 0 : indexOfWord(s);
        return i < 0 ? -1 : i + ID.length();
    }

    private static int indexOfWord(String s) {
        int i = s.toLowerCase(java.util.Locale.ROOT).indexOf(" " + ID);
        return i < 0 ? -1 : i + 1;
    }

    private static int end(String s, int from) {
        int end = from;
        while (end < s.length() && s.charAt(end) != ' ') {
            end++;
        }
        return end;
    }
}
