package org.quietline.screening.link;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Tells whether a host imitates a protected brand: one of its parts (split at dots and hyphens), read
 * with lookalike letters and digits undone ({@code paypa1} → {@code paypal}, Cyrillic {@code а} → {@code a}),
 * is the brand's token or (for tokens of six letters or more) one edit away from it, and the host is not
 * one of the brand's own domains or under one. Parts must match whole, so {@code applebees.com} is not
 * {@code apple}. Immutable, thread-safe.
 */
final class Lookalikes {

    private static final int FUZZY_FROM = 6;

    /** Brands by the skeleton of their token, for parts that match one whole. */
    private final Map<String, Brand> bySkeleton;
    /** Brands whose tokens are long enough to be matched one edit away. */
    private final List<Brand> fuzzy;
    /** Every protected brand's own domains. */
    private final Set<String> ownDomains;
    private final Homoglyphs homoglyphs;

    record Brand(String token, String skeleton, List<String> domains) {
    }

    Lookalikes(Map<String, List<String>> brands, Homoglyphs homoglyphs) {
        this.homoglyphs = homoglyphs;
        Map<String, Brand> exact = new HashMap<>();
        List<Brand> longTokens = new ArrayList<>();
        Set<String> own = new HashSet<>();
        brands.forEach((token, domains) -> {
            Brand b = new Brand(token, skeleton(token), domains);
            exact.putIfAbsent(b.skeleton(), b);
            if (b.skeleton().length() >= FUZZY_FROM) {
                longTokens.add(b);
            }
            own.addAll(domains);
        });
        this.bySkeleton = Map.copyOf(exact);
        this.fuzzy = List.copyOf(longTokens);
        this.ownDomains = Set.copyOf(own);
    }

    /**
     * The brand {@code host} imitates, if any. A part that is exactly a brand's token counts before one that
     * is one edit from a token, and a brand's own domain is not one edit from another brand
     * ({@code cmbchina.com} is not an imitation of {@code cgbchina}).
     */
    Optional<Brand> imitated(String host) {
        List<String> parts = parts(skeleton(host));
        for (String part : parts) {
            Brand b = bySkeleton.get(part);
            if (b != null && !isOwn(host, b.domains())) {
                return Optional.of(b);
            }
        }
        if (isOwn(host, ownDomains)) {
            return Optional.empty();
        }
        for (String part : parts) {
            for (Brand b : fuzzy) {
                if (oneEditApart(part, b.skeleton())) {
                    return Optional.of(b);
                }
            }
        }
        return Optional.empty();
    }

    /** The parts of a skeleton between dots and hyphens. */
    private static List<String> parts(String skeleton) {
        List<String> parts = new ArrayList<>(4);
        int from = 0;
        int n = skeleton.length();
        while (from < n) {
            int end = from;
            while (end < n && skeleton.charAt(end) != '.' && skeleton.charAt(end) != '-') {
                end++;
            }
            if (end > from) {
                parts.add(skeleton.substring(from, end));
            }
            from = end + 1;
        }
        return parts;
    }

    /** Whether {@code host} is one of {@code domains} or under one. */
    private static boolean isOwn(String host, Collection<String> domains) {
        if (domains.contains(host)) {
            return true;
        }
        for (int dot = host.indexOf('.'); dot >= 0; dot = host.indexOf('.', dot + 1)) {
            if (domains.contains(host.substring(dot + 1))) {
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
