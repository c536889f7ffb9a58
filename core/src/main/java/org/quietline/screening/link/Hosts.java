package org.quietline.screening.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the hosts of the links in a folded text without regular expressions: one pass over the
 * characters, collecting runs of host characters ({@code a-z 0-9 . -} and the lookalike letters of other
 * scripts that the policy lists), and keeping a run as a host when it has the shape of one and reads as a
 * link: after {@code ://}, starting with {@code www.}, followed by a path, port or query, or having a
 * label among the known top-level domains ({@code t.cn}, {@code icbc-cn.com.xx}). Immutable, thread-safe.
 */
final class Hosts {

    private final Set<String> tlds;
    private final Homoglyphs homoglyphs;

    Hosts(Set<String> tlds, Homoglyphs homoglyphs) {
        this.tlds = tlds;
        this.homoglyphs = homoglyphs;
    }

    /** The hosts of the links in {@code folded} (lower-case, half-width), in order; empty for most texts. */
    List<String> in(String folded) {
        if (folded.indexOf('.') < 0) {
            return List.of();
        }
        List<String> out = null;
        int n = folded.length();
        int i = 0;
        while (i < n) {
            if (!isHostChar(folded.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            boolean dot = false;
            for (char c; i < n && isHostChar(c = folded.charAt(i)); i++) {
                dot |= c == '.';
            }
            if (!dot) {
                // most runs are words and numbers: no host without a dot, and no substring for them
                continue;
            }
            String host = trim(folded, start, i);
            if (host != null && readsAsLink(folded, start, i, host)) {
                if (out == null) {
                    out = new ArrayList<>(2);
                }
                out.add(host);
            }
        }
        return out == null ? List.of() : out;
    }

    private boolean isHostChar(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '-'
                || c > 0x7F && homoglyphs.imitates(c);
    }

    /**
     * The run (which holds a dot, so the search for one ends inside it) without leading/trailing dots and
     * hyphens (sentence ends), or null when it has no inner dot.
     */
    private static String trim(String s, int start, int end) {
        while (start < end && (s.charAt(start) == '.' || s.charAt(start) == '-')) {
            start++;
        }
        while (end > start && (s.charAt(end - 1) == '.' || s.charAt(end - 1) == '-')) {
            end--;
        }
        int dot = s.indexOf('.', start);
        return dot < 0 || dot >= end ? null : s.substring(start, end);
    }

    private boolean readsAsLink(String text, int start, int end, String host) {
        if (host.contains("..")) {
            return false;
        }
        if (start >= 3 && text.startsWith("://", start - 3) || host.startsWith("www.")) {
            return true;
        }
        if (end < text.length()) {
            char next = text.charAt(end);
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
