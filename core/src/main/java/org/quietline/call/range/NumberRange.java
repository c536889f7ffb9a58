package org.quietline.call.range;

import java.util.Objects;
import org.quietline.number.PhoneNumber;

/**
 * A block of numbers that share the first digits of their national number: {@code 2029721} in the
 * North American plan is 202-972-1000 to 202-972-1999, a /1000 block; {@code 1391234} among Chinese
 * mobile numbers is the 号段 H-block 139-1234-0000 to 139-1234-9999. A prefix of the plan's full length
 * is one number (an exact blacklist's entry); it is shown masked, shorter prefixes as they are.
 * Immutable.
 *
 * @param plan   the numbering plan the prefix is read in
 * @param prefix the leading digits, at least one and at most the plan's length
 */
public record NumberRange(NumberPlan plan, String prefix) {

    /** Validates the prefix. */
    public NumberRange {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(prefix, "prefix");
        if (prefix.isEmpty() || prefix.length() > plan.nationalLength() || !prefix.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("a range prefix has 1 to " + plan.nationalLength()
                    + " digits, was " + prefix.length() + " characters");
        }
    }

    /** The range of {@code digits} digits given as a number, zero-padded to that width. */
    public static NumberRange of(NumberPlan plan, long prefix, int digits) {
        String s = Long.toString(prefix);
        if (s.length() > digits) {
            throw new IllegalArgumentException("prefix " + prefix + " has more than " + digits + " digits");
        }
        return new NumberRange(plan, "0".repeat(digits - s.length()) + s);
    }

    /** How many numbers the range covers. */
    public long size() {
        return plan.sizeOf(prefix.length());
    }

    /** The prefix as a number. */
    public long prefixValue() {
        return Long.parseLong(prefix);
    }

    /** Whether {@code number} belongs to the plan and starts with the prefix. */
    public boolean contains(PhoneNumber number) {
        return number.countryCode() == plan.countryCode()
                && number.nationalNumber().length() == plan.nationalLength()
                && number.nationalNumber().startsWith(prefix);
    }

    /** Whether the national number {@code national} of the plan starts with the prefix. */
    public boolean contains(long national) {
        return plan.prefixOf(national, prefix.length()) == prefixValue();
    }

    /** {@code 2029721xxx}: the prefix with one {@code x} per free digit; a single number masked. */
    @Override
    public String toString() {
        if (prefix.length() == plan.nationalLength()) {
            return prefix.substring(0, 3) + "*".repeat(prefix.length() - 5) + prefix.substring(prefix.length() - 2);
        }
        return prefix + "x".repeat(plan.nationalLength() - prefix.length());
    }
}
