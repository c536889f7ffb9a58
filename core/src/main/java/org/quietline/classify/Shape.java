package org.quietline.classify;

/**
 * What a run of digits, a URL or an address stands for, once its exact characters are dropped. The public
 * corpora mask digits as {@code x} while real traffic carries real digits; both reduce to the same shape, so
 * the model learns "a mobile number was given", never a particular number.
 */
enum Shape {
    /** A web address. */
    URL,
    /** A web address at a link shortener, which hides where it leads. */
    SHORT_URL,
    /** An e-mail address. */
    EMAIL,
    /** Eleven digits starting with 1 (or masked): a mainland mobile number. */
    MOBILE,
    /** Ten to twelve digits with a leading 0 or an area-code separator: a landline with its area code. */
    LANDLINE,
    /** 400 or 800 and seven digits: a company hotline. */
    HOTLINE,
    /** 106 and five or more digits: an SMS service port. */
    SERVICE_PORT,
    /** Five digits starting 95, 96, 100 or 12: a bank's, carrier's or public service's short number. */
    SERVICE_NUMBER,
    /** Digits with a decimal point or a thousands comma: an amount, a rate, a version. */
    DECIMAL,
    DIGITS_1,
    DIGITS_2,
    DIGITS_3,
    DIGITS_4,
    DIGITS_5,
    DIGITS_6,
    DIGITS_7,
    DIGITS_8,
    /** Nine or more digits of no known kind: an account, an order or a card number. */
    DIGITS_LONG;

    /** Symbols at and above this value are shapes; below it they are code points. */
    static final int BASE = 0x110000;

    private static final Shape[] VALUES = values();

    /** The symbol that stands for this shape in a normalised text. */
    int symbol() {
        return BASE + ordinal();
    }

    /** The shape of a symbol at or above {@link #BASE}. */
    static Shape ofSymbol(int symbol) {
        return VALUES[symbol - BASE];
    }

    /** A run of {@code count} plain digits. */
    static Shape digits(int count) {
        return count >= 9 ? DIGITS_LONG : VALUES[DIGITS_1.ordinal() + Math.max(count, 1) - 1];
    }
}
