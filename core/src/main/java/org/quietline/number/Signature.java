package org.quietline.number;

import java.util.Objects;
import java.util.Optional;

/**
 * The 【brand】 tag that Chinese rules require at the start or end of a commercial SMS, as in
 * {@code 【招商银行】您的验证码是…}. A message without one is anonymous; a brand that does not match its
 * port's registered brands is suspicious.
 *
 * <p>Immutable, thread-safe.
 *
 * @param brand    the text between the brackets, stripped, 1–24 characters
 * @param position where in the message the tag stood
 */
public record Signature(String brand, Position position) {

    /** Where a signature stands. */
    public enum Position { START, END }

    private static final int MAX_BRAND = 24;

    /** Validates the brand. */
    public Signature {
        Objects.requireNonNull(brand, "brand");
        Objects.requireNonNull(position, "position");
        if (brand.isBlank() || brand.length() > MAX_BRAND) {
            throw new IllegalArgumentException("a signature's brand has 1 to " + MAX_BRAND + " characters");
        }
    }

    /**
     * Finds the signature of {@code text}: a 【…】 (or its [ ] / 〖〗 variants) at the start, else one at
     * the end, ignoring surrounding blanks. Empty when neither end carries one.
     */
    public static Optional<Signature> find(String text) {
        String t = text.strip();
        if (t.length() < 3) {
            return Optional.empty();
        }
        char first = t.charAt(0);
        if (isOpen(first)) {
            int close = t.indexOf(closing(first), 1);
            if (close > 1 && close - 1 <= MAX_BRAND) {
                String brand = t.substring(1, close).strip();
                if (!brand.isEmpty()) {
                    return Optional.of(new Signature(brand, Position.START));
                }
            }
        }
        char last = t.charAt(t.length() - 1);
        if (last == '】' || last == ']' || last == '〗') {
            int open = t.lastIndexOf(opening(last), t.length() - 2);
            if (open >= 0 && t.length() - 2 - open <= MAX_BRAND) {
                String brand = t.substring(open + 1, t.length() - 1).strip();
                if (!brand.isEmpty()) {
                    return Optional.of(new Signature(brand, Position.END));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isOpen(char c) {
        return c == '【' || c == '[' || c == '〖';
    }

    private static char closing(char open) {
        return switch (open) {
            case '【' -> '】';
            case '〖' -> '〗';
            default -> ']';
        };
    }

    private static char opening(char close) {
        return switch (close) {
            case '】' -> '【';
            case '〗' -> '〖';
            default -> '[';
        };
    }

    @Override
    public String toString() {
        return "【" + brand + "】";
    }
}
