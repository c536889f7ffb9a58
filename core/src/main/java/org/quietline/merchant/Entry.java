package org.quietline.merchant;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What a registry knows about one sender: who sends through it, and the brands whose codes it carries. */
final class Entry {

    List<Merchant> senders = List.of();
    private final Set<String> codeBrands = new HashSet<>();

    void add(Merchant merchant, boolean codes) {
        if (!senders.contains(merchant)) {
            List<Merchant> more = new ArrayList<>(senders);
            more.add(merchant);
            senders = List.copyOf(more);
        }
        if (codes) {
            codeBrands.addAll(merchant.foldedBrands());
        }
    }

    boolean codes(String foldedBrand) {
        return codeBrands.contains(foldedBrand);
    }
}
