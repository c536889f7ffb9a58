package org.quietline.call;

import java.util.Objects;
import org.quietline.number.PhoneNumber;
import org.quietline.number.Sender;
import org.quietline.number.SenderCode;

/**
 * A number or a range as people write it, with wildcards: {@code 1391234****} (each {@code *}, {@code x}
 * or {@code ?} is one digit), {@code 1391234*} (a single final {@code *} after a digit means "any rest";
 * {@code 95***} is exactly five digits),
 * {@code 0571-8888****} (a Chinese fixed line with its trunk 0), {@code +1 202 555 ****} (with country
 * code), {@code 95***} (a short code). Separators (space, dash, dot, parentheses) are ignored. Immutable.
 */
public final class NumberPattern {

    private static final int MIN_DIGITS = 2;

    private final String pattern;
    private final boolean international;

    private NumberPattern(String pattern, boolean international) {
        this.pattern = pattern;
        this.international = international;
    }

    /**
     * Reads a pattern.
     *
     * @throws IllegalArgumentException when it has other characters, or fewer than two digits (a pattern
     *                                  that would match nearly everything)
     */
    public static NumberPattern parse(String text) {
        Objects.requireNonNull(text, "text");
        String t = text.strip();
        boolean plus = t.startsWith("+");
        StringBuilder b = new StringBuilder();
        int digits = 0;
        for (int i = plus ? 1 : 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                b.append(c);
                digits++;
            } else if (c == '*' || c == 'x' || c == 'X' || c == '?') {
                b.append('*');
            } else if (" -.()".indexOf(c) < 0) {
                throw new IllegalArgumentException("a number pattern has digits, * and separators only");
            }
        }
        if (digits < MIN_DIGITS || b.length() > 20) {
            throw new IllegalArgumentException("a number pattern has at least 2 digits and at most 20 places");
        }
        return new NumberPattern(b.toString(), plus);
    }

    /** The pattern exactly for one number. */
    public static NumberPattern of(PhoneNumber number) {
        return new NumberPattern(number.e164().substring(1), true);
    }

    /** Whether {@code sender} (a number or a short code) matches. */
    public boolean matches(Sender sender) {
        return switch (sender) {
            case PhoneNumber p -> international ? matches(p.e164(), 1, false)
                    : matches(p.nationalNumber(), 0, false) || matches(p.nationalNumber(), 0, true);
            case SenderCode c -> !international && matches(c.value(), 0, false);
        };
    }

    /** Whether {@code digits} match: wildcards take one digit; a lone final {@code *} takes any rest. */
    boolean matches(String digits) {
        return matches(digits, 0, false);
    }

    /**
     * Whether the digits of {@code text} from {@code from} on (after a trunk 0 when {@code trunk}: the number as
     * written nationally, 0571…) match; reads in place, since it runs for every call.
     */
    private boolean matches(String text, int from, boolean trunk) {
        if (trunk && pattern.charAt(0) != '0') {
            return false;
        }
        String digits = trunk ? text : text.substring(from);
        return trunk ? matchesDigits("0" + digits) : matchesDigits(digits);
    }

    private boolean matchesDigits(String digits) {
        int n = pattern.length();
        boolean anyRest = pattern.charAt(n - 1) == '*' && (n == 1 || pattern.charAt(n - 2) != '*');
        if (anyRest) {
            n--;
        }
        if (digits.length() < n || digits.length() > n && !anyRest) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char p = pattern.charAt(i);
            if (p != '*' && p != digits.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Whether it has no wildcard: one number (or short code). */
    public boolean isSingleNumber() {
        return pattern.indexOf('*') < 0;
    }

    /** The pattern as written back: digits and {@code *}, with {@code +} when it has the country code. */
    public String text() {
        return (international ? "+" : "") + pattern;
    }

    /** For logs and evidence: a single number masked, a range as it is. */
    @Override
    public String toString() {
        if (!isSingleNumber() || pattern.length() < 7) {
            return text();
        }
        return (international ? "+" : "") + pattern.substring(0, 3) + "*".repeat(pattern.length() - 7)
                + pattern.substring(pattern.length() - 4);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NumberPattern p && p.pattern.equals(pattern) && p.international == international;
    }

    @Override
    public int hashCode() {
        return pattern.hashCode() * 2 + (international ? 1 : 0);
    }
}
