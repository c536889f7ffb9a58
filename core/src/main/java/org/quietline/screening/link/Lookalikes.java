package org.quietline.screening.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tells whether a host imitates a protected brand: one of its parts (split at dots and hyphens), read
 * with lookalike letters and digits undone ({@code paypa1} → {@code paypal}, Cyrillic {@code а} → {@code a}),
 * is the brand's token or (for tokens of six letters or more) one edit away from it, and the host is not
 * one of the brand's own domains or under one. Parts must match whole, so {@code applebees.com} is not
 * {@code apple}. Immutable, thread-safe.
 */
final class Lookalikes {

    private static final int FUZZY_FROM = 6;

    private final List<Brand> brands;
    private final Homoglyphs homoglyphs;

    record Brand(String token, String skeleton, List<String> domains) {
    }

    Lookalikes(Map<String, List<String>> brands, Homoglyphs homoglyphs) {
        this.homoglyphs = homoglyphs;
        List<Brand> list = new ArrayList<>();
        brands.forEach((token, domains) -> list.add(new Brand(token, skeleton(token), domains)));
        this.brands = List.copyOf(list);
    }

    /**
     * The brand {@code host} imitates, if any. A part that is exactly a brand's token counts before one that
     * is one edit from a token, and a brand's own domain is not one edit from another brand
     * ({@code cmbchina.com} is not an imitation of {@code cgbchina}).
     */
    Optional<Brand> imitated(String host) {
        Optional<Brand> exact = imitated(host, false);
        if (exact.isPresent()) {
            return exact;
        }
        for (Brand b : brands) {
            if (isOwn(host, b)) {
                return Optional.empty();
            }
        }
        return imitated(host, true);
    }

    private Optional<Brand> imitated(String host, boolean fuzzy) {
        String skeleton = skeleton(host);
        int from = 0;
        int n = skeleton.length();
        while (from < n) {
            int end = from;
            while (end < n && skeleton.charAt(end) != '.' && skeleton.charAt(end) != '-') {
                end++;
            }
            if (end > from) {
                Optional<Brand> b = matching(skeleton.substring(from, end), fuzzy);
                if (b.isPresent() && !isOwn(host, b.get())) {
                    return b;
                }
            }
            from = end + 1;
        }
        return Optional.empty();
    }

    private Optional<Brand> matching(String part, boolean fuzzy) {
        for (Brand b : brands) {
            if (fuzzy ? b.skeleton.length() >= FUZZY_FROM && oneEditApart(part, b.skeleton) : part.equals(b.skeleton)) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }

    private static boolean isOwn(String host, Brand brand) {
        for (String d : brand.domains) {
            if (host.equals(d) || host.endsWith(d) && host.charAt(host.length() - d.length() - 1) == '.') {
                return true;
            }
        }
        return false;
    }

    /** The host as it reads to the eye: lookalike letters of other scripts and digits as the Latin letters they resemble. */
    String skeleton(String s) {
        char[] out = s.toCharArray();
        for (int i = 0; i < out.length; i++) {
            char c = out[i];
            out[i] = c > 0x7F ? homoglyphs.latinOf(c) : switch (c) {
                case '0' -> 'o';
                case '1' -> 'l';
                case '3' -> 'e';
                case '4' -> 'a';
                case '5' -> 's';
                case '7' -> 't';
                default -> c;
            };
        }
        return new String(out).replace("rn", "m").replace("vv", "w");
    }

    private static boolean oneEditApart(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1 || a.equals(b)) {
            return false;
        }
        int i = 0;
        while (i < Math.min(la, lb) && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (la == lb) {
            return a.substring(i + 1).equals(b.substring(i + 1))
                    || i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(i + 2).equals(b.substring(i + 2));
        }
        return la > lb ? a.substring(i + 1).equals(b.substring(i)) : a.substring(i).equals(b.substring(i + 1));
    }
}
