package org.quietline.classify;

/**
 * Reads a run of digits as one {@link Shape}. A masked digit ({@code x}, as the public corpora write every
 * digit of a phone number) counts as a digit of unknown value, so {@code xxxxxxxxxxx} and
 * {@code 13912345678} are both a {@link Shape#MOBILE}. Groups joined by a hyphen, or by a space between
 * groups of three or more digits ({@code 139 1234 5678}), are one number. Stateless and thread-safe.
 */
final class Numbers {

    /** The value recorded for a masked digit in the leading-digit checks. */
    private static final int MASKED = 10;
    private static final int UNKNOWN_LEADS = 0xFFF;

    private Numbers() {
    }

    /**
     * Whether the {@code x} at {@code i} is a masked digit rather than a letter: it is not glued to a word
     * on either side ({@code xxxx元}, {@code x-xx万}), or its run also holds real digits ({@code 437xxx}).
     */
    static boolean maskedAt(String text, int i, int end) {
        if (i > 0 && isLetter(Normaliser.fold(text.charAt(i - 1)))) {
            return false;
        }
        int k = i;
        boolean realDigit = false;
        while (k < end) {
            char c = Normaliser.fold(text.charAt(k));
            if (c >= '0' && c <= '9') {
                realDigit = true;
            } else if (c != 'x') {
                break;
            }
            k++;
        }
        return realDigit || k == end || !isLetter(Normaliser.fold(text.charAt(k)));
    }

    /** The shape of the number starting at {@code i}, packed with the index after it. */
    static long read(String text, int i, int end) {
        int count = 0;
        int group = 0;
        int groups = 0;
        int firstGroups = 0;
        int leads = UNKNOWN_LEADS;
        boolean decimal = false;
        int k = i;
        int last = i;
        while (k < end) {
            char c = Normaliser.fold(text.charAt(k));
            if (isDigit(c)) {
                leads = count < 3 ? withLead(leads, count, c == 'x' ? MASKED : c - '0') : leads;
                count++;
                group++;
                last = ++k;
            } else if (c == 0) {
                k++;
            } else if (joins(text, c, k, end, group)) {
                decimal |= c == '.' || c == ',';
                firstGroups = groups < 2 ? firstGroups << 8 | group : firstGroups;
                groups++;
                group = 0;
                k++;
            } else {
                break;
            }
        }
        firstGroups = groups < 2 ? firstGroups << 8 | group : firstGroups;
        Shape shape = decimal ? Shape.DECIMAL : shape(count, leads, groups == 0 ? firstGroups << 8 : firstGroups);
        return Normaliser.pack(shape.symbol(), last);
    }

    /** The first three digits, four bits each, the first in the highest; 15 where there is none. */
    private static int withLead(int leads, int position, int value) {
        int shift = 4 * (2 - position);
        return (leads & ~(0xF << shift)) | (value << shift);
    }

    /**
     * The shape of {@code count} digits whose first three are {@code leads} and whose first two groups have
     * the lengths in {@code groups} (first in bits 8–15, second in bits 0–7).
     */
    private static Shape shape(int count, int leads, int groups) {
        int lead0 = leads >> 8;
        int lead1 = (leads >> 4) & 0xF;
        int lead2 = leads & 0xF;
        int first = (groups >> 8) & 0xFF;
        int second = groups & 0xFF;
        if (count == 13 && lead0 == 8 && lead1 == 6 && lead2 == 1) {
            return Shape.MOBILE;
        }
        boolean areaCodeFirst = first >= 3 && first <= 4 && second >= 7 && second <= 8;
        if (count >= 10 && count <= 12 && (lead0 == 0 || (lead0 == MASKED && areaCodeFirst))) {
            return Shape.LANDLINE;
        }
        if (count >= 8 && lead0 == 1 && lead1 == 0 && lead2 == 6) {
            return Shape.SERVICE_PORT;
        }
        if (count == 11 && (lead0 == MASKED || (lead0 == 1 && lead1 >= 3))) {
            return Shape.MOBILE;
        }
        if (count == 10 && (lead0 == 4 || lead0 == 8) && lead1 == 0 && lead2 == 0) {
            return Shape.HOTLINE;
        }
        if (count == 5 && ((lead0 == 9 && (lead1 == 5 || lead1 == 6))
                || (lead0 == 1 && (lead1 == 2 || (lead1 == 0 && lead2 == 0))))) {
            return Shape.SERVICE_NUMBER;
        }
        return Shape.digits(count);
    }

    private static boolean joins(String text, char c, int k, int end, int group) {
        if (group == 0 || k + 1 >= end) {
            return false;
        }
        if (c == '-' || c == '.' || c == ',') {
            return isDigit(Normaliser.fold(text.charAt(k + 1)));
        }
        return c == ' ' && group >= 3 && digitsAhead(text, k + 1, end) >= 3;
    }

    private static int digitsAhead(String text, int k, int end) {
        int count = 0;
        while (k < end && count < 3 && isDigit(Normaliser.fold(text.charAt(k)))) {
            count++;
            k++;
        }
        return count;
    }

    private static boolean isDigit(char c) {
        return (c >= '0' && c <= '9') || c == 'x';
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z';
    }
}
