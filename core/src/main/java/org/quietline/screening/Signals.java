package org.quietline.screening;

/** Rules for signal names. */
final class Signals {

    private Signals() {
    }

    /** UPPER_SNAKE: capitals, digits and single underscores, starting with a capital. */
    static boolean isWellFormed(String name) {
        if (name.isEmpty() || name.length() > 64 || name.charAt(0) < 'A' || name.charAt(0) > 'Z'
                || name.endsWith("_")) {
            return false;
        }
        char prev = ' ';
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean ok = c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' && prev != '_';
            if (!ok) {
                return false;
            }
            prev = c;
        }
        return true;
    }
}
