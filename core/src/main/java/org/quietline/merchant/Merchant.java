package org.quietline.merchant;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A legal entity that sends messages (a shop, a bank, an airline), with the brands it signs them with
 * ({@code 【招商银行】} → {@code 招商银行}). Immutable, thread-safe, equal by value.
 *
 * @param id     a stable identifier, such as the operator's customer number
 * @param name   the registered name, for people
 * @param brands the signature brands it uses, at least one
 */
public record Merchant(String id, String name, Set<String> brands) {

    /** Validates and copies. */
    public Merchant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        if (id.isBlank() || name.isBlank()) {
            throw new IllegalArgumentException("a merchant has a non-blank id and name");
        }
        brands = Set.copyOf(brands);
        if (brands.isEmpty() || brands.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("a merchant signs with at least one non-blank brand");
        }
    }

    /** A merchant signing with one brand. */
    public static Merchant of(String id, String name, String brand) {
        return new Merchant(id, name, Set.of(brand));
    }

    /** Whether this merchant signs with {@code brand}, ignoring blanks around it and the case of Latin letters. */
    public boolean signs(String brand) {
        String wanted = brand.strip();
        for (String b : brands) {
            // strip() returns the string itself when there is nothing to strip: no allocation on the hot path
            if (b.strip().equalsIgnoreCase(wanted)) {
                return true;
            }
        }
        return false;
    }

    /** The brands in folded form (stripped, Latin letters lower-cased), as registries index them. */
    Set<String> foldedBrands() {
        Set<String> out = new LinkedHashSet<>();
        for (String b : brands) {
            out.add(fold(b));
        }
        return out;
    }

    static String fold(String brand) {
        return brand.strip().toLowerCase(Locale.ROOT);
    }
}
