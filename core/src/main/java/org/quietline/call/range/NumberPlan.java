package org.quietline.call.range;

/**
 * A numbering plan whose numbers have one length, so that a range is a prefix of the national number:
 * the North American plan (country code 1, ten digits: NPA-NXX-XXXX) or Chinese mobile numbers (86,
 * eleven digits: 1xx-xxxx-xxxx, where the first seven digits are the 号段 H-block). Immutable.
 *
 * @param countryCode    the country calling code
 * @param nationalLength the digits of every national number of the plan
 */
public record NumberPlan(int countryCode, int nationalLength) {

    /** The North American Numbering Plan: US, Canada and others, ten-digit national numbers. */
    public static final NumberPlan NANP = new NumberPlan(1, 10);
    /** Chinese mobile numbers, eleven digits starting with 1. */
    public static final NumberPlan CN_MOBILE = new NumberPlan(86, 11);
    /**
     * The digits of an area: the NPA of a North American number, the network prefix of a Chinese mobile
     * number. Callers who spoof a number from their victim's own area ("neighbour spoofing") pick numbers
     * that share these digits with the victim's.
     */
    public static final int AREA_DIGITS = 3;

    /**
     * Validates the length: 7 to 12 digits (every plan in use fits; the range index packs a prefix and a
     * position into one {@code long}).
     */
    public NumberPlan {
        if (countryCode < 1 || countryCode > 999) {
            throw new IllegalArgumentException("a country code has 1 to 3 digits, was " + countryCode);
        }
        if (nationalLength < 7 || nationalLength > 12) {
            throw new IllegalArgumentException("a plan's national numbers have 7 to 12 digits, was " + nationalLength);
        }
    }

    /** 10<sup>n</sup>, for the small exponents of number ranges. */
    public static long pow10(int n) {
        long p = 1;
        for (int i = 0; i < n; i++) {
            p *= 10;
        }
        return p;
    }

    /** How many numbers a prefix of {@code digits} digits covers: 10<sup>length − digits</sup>. */
    public long sizeOf(int digits) {
        return pow10(nationalLength - digits);
    }

    /** The area of {@code national}: its first {@link #AREA_DIGITS} digits. */
    public int areaOf(long national) {
        return (int) prefixOf(national, AREA_DIGITS);
    }

    /** The prefix of {@code digits} digits of {@code national}, as a number. */
    public long prefixOf(long national, int digits) {
        return national / sizeOf(digits);
    }
}
