package org.quietline.merchant;

import java.util.ArrayList;
import java.util.List;

/**
 * Service ports by digits, so that a port extension finds the registrations of every port that covers
 * it ({@code 1069012345} covers {@code 106901234567}) in one walk. Built once, then read by many threads
 * (published through the registry's volatile snapshot).
 */
final class PortTrie {

    private final Node root = new Node();

    Entry entryFor(String digits) {
        Node n = root;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(i) - '0';
            if (n.next[d] == null) {
                n.next[d] = new Node();
            }
            n = n.next[d];
        }
        if (n.entry == null) {
            n.entry = new Entry();
        }
        return n.entry;
    }

    /** The senders of every covering port, the longest port first. */
    List<Merchant> senders(String digits) {
        Entry only = null;
        List<Merchant> out = null;
        Node n = root;
        for (int i = 0; i < digits.length() && n != null; i++) {
            n = n.next[digits.charAt(i) - '0'];
            if (n != null && n.entry != null) {
                if (only == null) {
                    only = n.entry;
                } else {
                    if (out == null) {
                        out = new ArrayList<>(only.senders);
                    }
                    out.addAll(0, n.entry.senders);
                }
            }
        }
        if (out != null) {
            return List.copyOf(new java.util.LinkedHashSet<>(out));
        }
        return only == null ? List.of() : only.senders;
    }

    boolean codes(String digits, String foldedBrand) {
        Node n = root;
        for (int i = 0; i < digits.length() && n != null; i++) {
            n = n.next[digits.charAt(i) - '0'];
            if (n != null && n.entry != null && n.entry.codes(foldedBrand)) {
                return true;
            }
        }
        return false;
    }

    private static final class Node {
        final Node[] next = new Node[10];
        Entry entry;
    }
}
