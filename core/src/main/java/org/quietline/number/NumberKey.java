package org.quietline.number;


/**
 * A phone number as a {@code long} (its E.164 digits, at most 15, so it fits): the key of the in-memory
 * stores that see every call, report or delivery, where a map of {@code PhoneNumber} objects would cost a
 * string hash per lookup and an object per entry. Never shown; shown numbers are {@link PhoneNumber#masked()}.
 * Stateless.
 */
public final class NumberKey {

    private NumberKey() {
    }

    /**
     * The E.164 digits of {@code number}: 8613912345678 for +86 139 1234 5678. Made when the number was parsed,
     * so that a store keyed by it reads no string on the hot path.
     */
    public static long of(PhoneNumber number) {
        return number.digits();
    }

    /** The digits after the {@code +} of an E.164 form, as a number. */
    static long digits(String e164) {
        long key = 0;
        for (int i = 1; i < e164.length(); i++) {
            key = key * 10 + (e164.charAt(i) - '0');
        }
        return key;
    }
}
