package org.quietline.number;

/** How numbers are shown where a whole number must not appear (logs, errors, evidence). */
final class Masking {

    private Masking() {
    }

    /**
     * Keeps the first three and last four characters of a digit string, as Chinese apps and carriers
     * show numbers ({@code 139****5678}); shorter strings keep less, so that at least half is hidden.
     */
    static String mask(String digits) {
        int n = digits.length();
        if (n >= 11) {
            return digits.substring(0, 3) + "*".repeat(n - 7) + digits.substring(n - 4);
        }
        if (n >= 7) {
            return digits.substring(0, 3) + "*".repeat(n - 5) + digits.substring(n - 2);
        }
        if (n >= 3) {
            return digits.charAt(0) + "*".repeat(n - 1);
        }
        return "*".repeat(n);
    }

    /** An excerpt of untrusted input for an error message: masked, bounded, printable. */
    static String excerpt(String input) {
        StringBuilder out = new StringBuilder();
        int shown = 0;
        for (int i = 0; i < input.length() && shown < 24; i++) {
            char c = input.charAt(i);
            out.append(Character.isDigit(c) && shown >= 3 ? '*' : Character.isISOControl(c) ? '?' : c);
            shown++;
        }
        if (input.length() > 24) {
            out.append("…");
        }
        return out.toString();
    }
}
