package org.quietline.screening.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.quietline.screening.Folding;

/**
 * Finds the hosts of the links in a text without regular expressions: the runs of host characters
 * ({@code a-z 0-9 . -} and the lookalike letters of other scripts that the policy lists) around its dots,
 * {@linkplain Folding#fold(char) folded} as they are read (half-width, lower case), keeping a run as a host
 * when it has the shape of one and reads as a link: after {@code ://}, starting with {@code www.}, followed
 * by a path, port or query, or having a label among the known top-level domains ({@code t.cn},
 * {@code icbc-cn.com.xx}). The text is never copied whole: most texts hold no
 * link, and only a host found is. Immutable, thread-safe.
 */
final class Hosts {

    private final Set<String> tlds;
    private final Homoglyphs homoglyphs;

    Hosts(Set<String> tlds, Homoglyphs homoglyphs) {
        this.tlds = tlds;
        this.homoglyphs = homoglyphs;
    }

    /**
     * The hosts of the links in {@code text}, folded, in order; empty for most texts. Every host holds a
     * dot, so the scan jumps from dot to dot (a vectorised search) and reads only the run of host
     * characters around each, not the whole text character by character.
     */
    List<String> in(String text) {
        List<String> out = null;
        int n = text.length();
        int dot = nextDot(text, 0);
        while (dot >= 0) {
            int start = dot;
            while (start > 0 && isHostChar(at(text, start - 1))) {
                start--;
            }
            int end = dot + 1;
            while (end < n && isHostChar(at(text, end))) {
                end++;
            }
            String host = trim(text, start, end);
            if (host != null && readsAsLink(text, start, end, host)) {
                if (out == null) {
                    out = new ArrayList<>(2);
                }
                out.add(host);
            }
            dot = nextDot(text, end);
        }
        return out == null ? List.of() : out;
    }

    /** The first dot (or full-width dot, which folds to one) at or after {@code from}; -1 when none. */
    private static int nextDot(String text, int from) {
        int dot = text.indexOf('.', from);
        int wide = text.indexOf('\uFF0E', from);
        return dot < 0 ? wide : wide < 0 ? dot : Math.min(dot, wide);
    }

    private static char at(String text, int i) {
        return Folding.fold(text.charAt(i));
    }

    private boolean isHostChar(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '-'
                || c > 0x7F && homoglyphs.imitates(c);
    }

    /**
     * The run, folded, without leading/trailing dots and hyphens (sentence ends), or null when it has no
     * inner dot.
     */
    private static String trim(String s, int start, int end) {
        while (start < end && (at(s, start) == '.' || at(s, start) == '-')) {
            start++;
        }
        while (end > start && (at(s, end - 1) == '.' || at(s, end - 1) == '-')) {
            end--;
        }
        for (int k = start; k < end; k++) {
            if (at(s, k) == '.') {
                return Folding.fold(s.substring(start, end));
            }
        }
        return null;
    }

    private boolean readsAsLink(String text, int start, int end, String host) {
        if (host.contains("..")) {
            return false;
        }
        if (Folding.matchesAt(text, start - 3, "://") || host.startsWith("www.")) {
            return true;
        }
        if (end < text.length()) {
            char next = at(text, end);
            if (next == '/' || next == ':' || next == '?') {
                return true;
            }
        }
        return hasKnownTld(host);
    }

    private boolean hasKnownTld(String host) {
        int from = host.indexOf('.') + 1;
        while (from > 0 && from < host.length()) {
            int dot = host.indexOf('.', from);
            String label = host.substring(from, dot < 0 ? host.length() : dot);
            if (tlds.contains(label)) {
                return true;
            }
            from = dot + 1;
        }
        return false;
    }
}
