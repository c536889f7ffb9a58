package org.quietline.call.ftc;

import java.util.Optional;

/**
 * A North American number as typed by a complainant, read into its ten national digits: separators
 * (space, dash, dot, parentheses) and a leading {@code +1} or {@code 1} are dropped; anything else
 * is a problem. Stateless.
 */
final class NanpNumber {

    private NanpNumber() {
    }

    /** The ten-digit national number, or empty when {@link #problem} has an answer. */
    static Optional<Long> read(String text) {
        String digits = digits(text);
        if (digits == null) {
            return Optional.empty();
        }
        if (digits.length() == 11 && digits.charAt(0) == '1') {
            digits = digits.substring(1);
        }
        if (digits.length() != 10 || !plausible(digits)) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(digits));
    }

    /** Why {@code text} is not a number ({@link #read} was empty). */
    static FtcComplaints.Problem problem(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return FtcComplaints.Problem.NUMBER_EMPTY;
        }
        if (t.indexOf('_') >= 0) {
            return FtcComplaints.Problem.NUMBER_MASKED;
        }
        String digits = digits(t);
        if (digits == null || digits.isEmpty()) {
            return FtcComplaints.Problem.NUMBER_NOT_DIGITS;
        }
        if (digits.length() < 10) {
            return FtcComplaints.Problem.NUMBER_TOO_SHORT;
        }
        if (digits.length() > 11 || digits.length() == 11 && digits.charAt(0) != '1') {
            return FtcComplaints.Problem.NUMBER_TOO_LONG;
        }
        return FtcComplaints.Problem.NUMBER_NOT_NANP;
    }

    /** The digits of {@code text} without separators and a leading +; null when other characters occur. */
    private static String digits(String text) {
        StringBuilder b = new StringBuilder(12);
        String t = text.strip();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                b.append(c);
            } else if (!(c == '+' && i == 0) && " -.()".indexOf(c) < 0) {
                return null;
            }
        }
        return b.toString();
    }

    /** NPA and NXX both start with 2–9 in the North American plan. */
    private static boolean plausible(String ten) {
        return ten.charAt(0) >= '2' && ten.charAt(3) >= '2';
    }
}
