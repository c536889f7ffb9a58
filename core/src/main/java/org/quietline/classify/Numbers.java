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
        Run run = new Run();
        int k = i;
        int last = i;
        while (k < end) {
            char c = Normaliser.fold(text.charAt(k));
            if (isDigit(c)) {
                run.digit(c == 'x' ? MASKED : c - '0');
                last = ++k;
            } else if (c == 0) {
                k++;
            } else if (joins(text, c, k, end, run.group)) {
                run.separator(c);
                k++;
            } else {
                break;
            }
        }
        return Normaliser.pack(run.shape().symbol(), last);
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

    /**
     * What has been read of one number so far. Allocated per number, not per character; escape analysis
     * usually keeps it off the heap.
     */
    private static final class Run {
        int count;
        int group;
        int groups;
        int firstGroup;
        int secondGroup;
        int lead0 = -1;
        int lead1 = -1;
        int lead2 = -1;
        boolean decimal;

        void digit(int value) {
            if (count == 0) {
                lead0 = value;
            } else if (count == 1) {
                lead1 = value;
            } else if (count == 2) {
                lead2 = value;
            }
            count++;
            group++;
        }

        void separator(char c) {
            decimal |= c == '.' || c == ',';
            if (groups == 0) {
                firstGroup = group;
            } else if (groups == 1) {
                secondGroup = group;
            }
            groups++;
            group = 0;
        }

        Shape shape() {
            if (decimal) {
                return Shape.DECIMAL;
            }
            if (groups == 0) {
                firstGroup = count;
            } else if (groups == 1) {
                secondGroup = group;
            }
            if (count == 13 && lead0 == 8 && lead1 == 6 && lead2 == 1) {
                return Shape.MOBILE;
            }
            if (count >= 10 && count <= 12 && (lead0 == 0 || (lead0 == MASKED && areaCodeFirst()))) {
                return Shape.LANDLINE;
            }
            if (count >= 8 && lead0 == 1 && lead1 == 0 && lead2 == 6) {
                return Shape.SERVICE_PORT;
            }
            if (count == 11 && (lead0 == MASKED || (lead0 == 1 && lead1 >= 3))) {
                return Shape.MOBILE;
            }
            return special();
        }

        private boolean areaCodeFirst() {
            return firstGroup >= 3 && firstGroup <= 4 && secondGroup >= 7 && secondGroup <= 8;
        }

        private Shape special() {
            if (count == 10 && (lead0 == 4 || lead0 == 8) && lead1 == 0 && lead2 == 0) {
                return Shape.HOTLINE;
            }
            if (count == 5 && ((lead0 == 9 && (lead1 == 5 || lead1 == 6))
                    || (lead0 == 1 && (lead1 == 2 || (lead1 == 0 && lead2 == 0))))) {
                return Shape.SERVICE_NUMBER;
            }
            return Shape.digits(count);
        }
    }
}
