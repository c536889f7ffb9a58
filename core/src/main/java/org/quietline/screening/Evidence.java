package org.quietline.screening;

/**
 * Cheap renderings for evidence strings, which are built on the hot path of every screening. Evidence
 * never holds the message text or a whole phone number (use {@code masked()}). Stateless, thread-safe.
 */
public final class Evidence {

    private Evidence() {
    }

    /** A number in [0, 1] with two decimals, {@code 0.93}, without the cost of general number formatting. */
    public static String fraction(double value) {
        long hundredths = Math.round(Math.max(0, Math.min(1, value)) * 100);
        if (hundredths == 100) {
            return "1.00";
        }
        return hundredths < 10 ? "0.0" + hundredths : "0." + hundredths;
    }
}
