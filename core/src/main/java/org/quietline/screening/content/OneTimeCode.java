package org.quietline.screening.content;

import java.util.List;
import java.util.Optional;
import org.quietline.screening.Folding;

/**
 * Tells whether an SMS text gives a one-time code: a code word (验证码, 动态密码, 校验码, verification code,
 * your code …) and, anywhere in the text, a run of 4–8 digits (or the corpora's masked {@code x}) standing
 * alone. The plain form of a verification code, which the content check's rule trusts over a classifier
 * that read a code as marketing or a notice (ADR 0060), and by which the training rules label codes. A text
 * that only mentions a code without digits ("验证码已发送") is not one.
 *
 * <p>Reads any text as {@link Folding} folds it, folding the characters it looks at instead of copying the
 * text; no regular expression. Stateless and thread-safe.
 */
public final class OneTimeCode {

    static final List<String> WORDS = List.of(
            "验证码", "验证代码", "校验码", "动态码", "动态密码", "确认码", "激活码", "授权码", "短信密码", "随机码", "验证密码",
            "动态口令", "交易码", "verification code", "verify code", "security code", "one-time", "otp",
            "passcode", "your code", "code is", "pin is", "login code");
    /** A bit per {@code char}: set for the first characters of the words. */
    private static final long[] FIRST = new long[1 << 10];

    static {
        for (String w : WORDS) {
            FIRST[w.charAt(0) >>> 6] |= 1L << w.charAt(0);
        }
    }

    private static final int SHORTEST = 4;
    private static final int LONGEST = 8;

    private OneTimeCode() {
    }

    /** Whether {@code text} gives a one-time code. */
    public static boolean in(String text) {
        return word(text).isPresent();
    }

    /**
     * The code word of {@code text} when it gives a one-time code; empty otherwise. The word, never the
     * code itself, is what may be shown as evidence.
     */
    public static Optional<String> word(String text) {
        if (!mayHold(text)) {
            return Optional.empty();
        }
        // one pass over the text, trying at each place only the words that start with its character; the
        // answer is the first word of the list found anywhere, as a search word by word would give
        int best = WORDS.size();
        for (int at = 0; at < text.length() && best > 0; at++) {
            char c = Folding.fold(text.charAt(at));
            if ((FIRST[c >>> 6] & 1L << c) == 0) {
                continue;
            }
            for (int k = 0; k < best; k++) {
                String w = WORDS.get(k);
                if (w.charAt(0) == c && Folding.matchesAt(text, at, w)) {
                    best = k;
                }
            }
        }
        return best < WORDS.size() ? Optional.of(WORDS.get(best)) : Optional.empty();
    }

    /**
     * One pass: a run of 4–8 digits, and a character every code word has (码, 令, or c/o/p for the Latin
     * ones). Most texts fail one of the two, and are passed over without looking for words.
     */
    static boolean mayHold(String text) {
        boolean digits = false;
        boolean mark = false;
        int run = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? Folding.fold(text.charAt(i)) : ' ';
            if (c >= '0' && c <= '9' || c == 'x') {
                run++;
                continue;
            }
            digits |= run >= SHORTEST && run <= LONGEST;
            run = 0;
            mark |= c == '码' || c == '令' || c == 'c' || c == 'o' || c == 'p';
        }
        return digits && mark;
    }
}
