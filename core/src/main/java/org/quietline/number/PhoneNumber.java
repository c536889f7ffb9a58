package org.quietline.number;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberToCarrierMapper;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber;
import com.google.i18n.phonenumbers.geocoding.PhoneNumberOfflineGeocoder;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A telephone number, parsed once at the edge and carried as this type. Inside it is E.164
 * ({@code +8613912345678}); it renders masked by default ({@link #toString()} is {@link #masked()}),
 * so that a number written into a log by accident does not leak.
 *
 * <p>Parsing accepts every form people write: {@code +86 139-1234-5678}, {@code 8613912345678},
 * {@code 008613912345678}, {@code 13912345678}, {@code 0591 8765 4321}, full-width digits. Numbers without
 * a country are read in the default region (China unless told otherwise). A number must be one that is in
 * use (libphonenumber's validity), otherwise {@link InvalidNumberException} says what was wrong.
 *
 * <p>Immutable and thread-safe; equal when the E.164 forms are equal.
 */
public final class PhoneNumber implements Sender, Comparable<PhoneNumber> {

    /** The region a number without country code is read in. */
    public static final String DEFAULT_REGION = "CN";

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final int MAX_INPUT = 64;

    private final String e164;
    private final int countryCode;
    private final String nationalNumber;
    private final String regionCode;
    private final LineType type;
    private final long digits;

    private PhoneNumber(Phonenumber.PhoneNumber parsed) {
        this.e164 = UTIL.format(parsed, PhoneNumberFormat.E164);
        this.digits = NumberKey.digits(e164);
        this.countryCode = parsed.getCountryCode();
        this.nationalNumber = UTIL.getNationalSignificantNumber(parsed);
        this.regionCode = Objects.requireNonNullElse(UTIL.getRegionCodeForNumber(parsed), "ZZ");
        this.type = LineType.of(UTIL.getNumberType(parsed));
    }

    /** Parses {@code text} in the {@link #DEFAULT_REGION}. */
    public static PhoneNumber parse(String text) {
        return parse(text, DEFAULT_REGION);
    }

    /**
     * Parses {@code text}, reading a number without country code in {@code defaultRegion}
     * (ISO 3166 code such as {@code CN} or {@code US}).
     *
     * @throws InvalidNumberException when the text is not a number in use, with the reason
     */
    public static PhoneNumber parse(String text, String defaultRegion) {
        Objects.requireNonNull(text, "text");
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidNumberException(InvalidNumberException.Problem.EMPTY, "the number is empty");
        }
        if (trimmed.length() > MAX_INPUT) {
            throw new InvalidNumberException(InvalidNumberException.Problem.TOO_LONG,
                    "the number is too long (" + trimmed.length() + " characters)");
        }
        Phonenumber.PhoneNumber parsed;
        try {
            parsed = UTIL.parse(trimmed, defaultRegion);
        } catch (NumberParseException e) {
            throw new InvalidNumberException(problemOf(e.getErrorType()),
                    "'" + Masking.excerpt(trimmed) + "' is not a phone number: " + describe(e.getErrorType()));
        }
        switch (UTIL.isPossibleNumberWithReason(parsed)) {
            case TOO_SHORT, INVALID_LENGTH -> throw new InvalidNumberException(InvalidNumberException.Problem.TOO_SHORT,
                    "'" + Masking.excerpt(trimmed) + "' has too few digits for a number of its country");
            case TOO_LONG -> throw new InvalidNumberException(InvalidNumberException.Problem.TOO_LONG,
                    "'" + Masking.excerpt(trimmed) + "' has too many digits for a number of its country");
            case INVALID_COUNTRY_CODE -> throw new InvalidNumberException(InvalidNumberException.Problem.NOT_A_NUMBER,
                    "'" + Masking.excerpt(trimmed) + "' has no valid country code");
            default -> {
                // possible: go on to validity
            }
        }
        if (!UTIL.isValidNumber(parsed)) {
            throw new InvalidNumberException(InvalidNumberException.Problem.NOT_IN_USE,
                    "'" + Masking.excerpt(trimmed) + "' is not a number in use in its country");
        }
        return new PhoneNumber(parsed);
    }

    /** Parses {@code text} in the default region, or empty when it is not a number in use. */
    public static Optional<PhoneNumber> tryParse(String text) {
        return tryParse(text, DEFAULT_REGION);
    }

    /** Parses {@code text} in {@code defaultRegion}, or empty when it is not a number in use. */
    public static Optional<PhoneNumber> tryParse(String text, String defaultRegion) {
        try {
            return Optional.of(parse(text, defaultRegion));
        } catch (InvalidNumberException e) {
            return Optional.empty();
        }
    }

    /** The E.164 form, {@code +8613912345678}. Only for storage and the wire; never log it. */
    public String e164() {
        return e164;
    }

    /** The country calling code, 86 for China. */
    public int countryCode() {
        return countryCode;
    }

    /** The national significant number, {@code 13912345678} or {@code 59187654321}. */
    public String nationalNumber() {
        return nationalNumber;
    }

    /** The ISO 3166 region, {@code CN}; {@code ZZ} for non-geographic numbers. */
    public String regionCode() {
        return regionCode;
    }

    /** Mobile, fixed line, toll free … as far as the numbering plan tells. */
    public LineType type() {
        return type;
    }

    /**
     * The number with its middle hidden: {@code 139****5678} for a Chinese number, {@code +1 202***67}
     * style for others. This is the only form that may appear in logs.
     */
    @Override
    public String masked() {
        String national = Masking.mask(nationalNumber);
        return countryCode == 86 ? national : "+" + countryCode + " " + national;
    }

    /**
     * Where the number is registered (归属地), such as 江苏省南京市 or Nanjing, Jiangsu, in the language of
     * {@code locale} (Chinese and English are shipped); empty when the plan does not say.
     */
    public Optional<String> location(Locale locale) {
        String d = PhoneNumberOfflineGeocoder.getInstance().getDescriptionForNumber(proto(), locale);
        return d.isEmpty() ? Optional.empty() : Optional.of(d);
    }

    /**
     * The carrier the number range was originally given to (中国移动, China Mobile); empty for fixed
     * lines or where unknown. Numbers ported to another carrier keep their original carrier here.
     */
    public Optional<String> originalCarrier(Locale locale) {
        String c = PhoneNumberToCarrierMapper.getInstance().getNameForValidNumber(proto(), locale);
        return c.isEmpty() ? Optional.empty() : Optional.of(c);
    }

    private Phonenumber.PhoneNumber proto() {
        try {
            return UTIL.parse(e164, "ZZ");
        } catch (NumberParseException e) {
            throw new IllegalStateException("an E.164 number of our own did not parse", e);
        }
    }

    @Override
    public String value() {
        return e164;
    }

    /** The E.164 digits as a number, made once at parsing: {@link NumberKey#of}. */
    long digits() {
        return digits;
    }

    @Override
    public int compareTo(PhoneNumber other) {
        return e164.compareTo(other.e164);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PhoneNumber other && e164.equals(other.e164);
    }

    @Override
    public int hashCode() {
        return e164.hashCode();
    }

    /** The masked form; use {@link #e164()} where the whole number is needed. */
    @Override
    public String toString() {
        return masked();
    }

    private static InvalidNumberException.Problem problemOf(NumberParseException.ErrorType type) {
        return switch (type) {
            case TOO_SHORT_NSN, TOO_SHORT_AFTER_IDD -> InvalidNumberException.Problem.TOO_SHORT;
            case TOO_LONG -> InvalidNumberException.Problem.TOO_LONG;
            default -> InvalidNumberException.Problem.NOT_A_NUMBER;
        };
    }

    private static String describe(NumberParseException.ErrorType type) {
        return switch (type) {
            case INVALID_COUNTRY_CODE -> "no valid country code";
            case NOT_A_NUMBER -> "it does not look like a number";
            case TOO_SHORT_AFTER_IDD, TOO_SHORT_NSN -> "too few digits";
            case TOO_LONG -> "too many digits";
        };
    }
}
