package org.quietline.number;

import java.util.Locale;
import java.util.Optional;

/**
 * A sender that libphonenumber does not know: a 106-series service port ({@code 1065…}, {@code 1069…},
 * {@code 10690…}), through which Chinese SMS platforms send verification codes, notices and marketing
 * alike; a short code ({@code 95588}, {@code 10086}, {@code 12306}); or an alphanumeric sender ID
 * ({@code Quietline}, up to 11 characters, as GSM allows).
 *
 * <p>Immutable, thread-safe, equal by value.
 */
public final class SenderCode implements Sender {

    /** The kinds of sender code. */
    public enum Kind {
        /** A 106-series port of a bulk-SMS platform: 1065, 1066, 1068, 1069, 10690 … plus extension digits. */
        SERVICE_PORT,
        /** A 3–8 digit code: carrier service numbers, bank 95xxx numbers, government 123xx lines. */
        SHORT_CODE,
        /** Letters and digits, up to 11 characters. */
        ALPHANUMERIC
    }

    private static final int PORT_MIN = 8;
    private static final int PORT_MAX = 21;
    private static final int ALPHA_MAX = 11;

    private final String value;
    private final Kind kind;

    private SenderCode(String value, Kind kind) {
        this.value = value;
        this.kind = kind;
    }

    /**
     * Reads a sender code.
     *
     * @throws InvalidNumberException when {@code text} is not a service port, short code or alphanumeric ID
     */
    public static SenderCode parse(String text) {
        String compact = compact(text);
        if (compact.isEmpty()) {
            throw new InvalidNumberException(InvalidNumberException.Problem.EMPTY, "the sender code is empty");
        }
        return tryOf(compact).or(() -> tryAlphanumeric(text.strip())).orElseThrow(() -> new InvalidNumberException(
                InvalidNumberException.Problem.NOT_A_SENDER,
                "'" + Masking.excerpt(text) + "' is not a service port (106…, 8–21 digits), a short code"
                        + " (3–8 digits) or an alphanumeric ID (letters and digits, up to 11)"));
    }

    static Optional<SenderCode> tryOf(String compact) {
        if (!allDigits(compact)) {
            return Optional.empty();
        }
        int n = compact.length();
        if (compact.startsWith("106") && n >= PORT_MIN && n <= PORT_MAX) {
            return Optional.of(new SenderCode(compact, Kind.SERVICE_PORT));
        }
        if (n >= 3 && n <= 8 && compact.charAt(0) != '0') {
            return Optional.of(new SenderCode(compact, Kind.SHORT_CODE));
        }
        return Optional.empty();
    }

    static Optional<SenderCode> tryAlphanumeric(String text) {
        if (text.isEmpty() || text.length() > ALPHA_MAX) {
            return Optional.empty();
        }
        boolean letter = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                letter = true;
            } else if (!(c >= '0' && c <= '9') && c != ' ' && c != '-' && c != '.' && c != '_') {
                return Optional.empty();
            }
        }
        return letter ? Optional.of(new SenderCode(text, Kind.ALPHANUMERIC)) : Optional.empty();
    }

    /** Digits with separators and full-width forms removed; other characters kept as they are. */
    static String compact(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '０' && c <= '９') {
                out.append((char) (c - '０' + '0'));
            } else if (c != ' ' && c != '-' && c != '\u3000' && c != '\t') {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean allDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** What kind of code this is. */
    public Kind kind() {
        return kind;
    }

    /**
     * For a service port, its family: {@code 10690} for ports under 10690, otherwise the first four
     * digits ({@code 1065}, {@code 1069}); empty for other kinds.
     */
    public Optional<String> portFamily() {
        if (kind != Kind.SERVICE_PORT) {
            return Optional.empty();
        }
        return Optional.of(value.startsWith("10690") ? "10690" : value.substring(0, 4));
    }

    /** Whether {@code other} is this port or an extension of it (1069012345 covers 106901234567). */
    public boolean covers(SenderCode other) {
        return other.value.startsWith(value) && (kind == other.kind);
    }

    @Override
    public String value() {
        return value;
    }

    /**
     * Service ports and short codes are public identifiers of businesses and are shown whole; an
     * alphanumeric ID likewise.
     */
    @Override
    public String masked() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SenderCode other && value.equals(other.value) && kind == other.kind;
    }

    @Override
    public int hashCode() {
        return value.hashCode() * 31 + kind.hashCode();
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(Locale.ROOT) + ":" + value;
    }
}
