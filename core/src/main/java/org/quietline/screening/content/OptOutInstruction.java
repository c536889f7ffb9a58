package org.quietline.screening.content;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the opt-out instructions of an SMS text: "回T退订", "回复TD退订", "退订回T", "拒收请回复R",
 * "退订请回复0000", "reply STOP to opt out", "txt STOP to 87070" — a reply code and what it does. Chinese
 * rules require one on every commercial message, and bulk platforms append one to marketing templates
 * only, so it is both evidence that a text is marketing (ADR 0060) and, for the opt-out desk, the code a
 * later reply may use. A bare mention of 退订 ("您已成功退订流量包") is not an instruction.
 *
 * <p>Reads the folded text ({@link org.quietline.screening.Examination#foldedText()}: half-width, Latin
 * letters in lower case) in one pass, without regular expressions, up to {@value #MAX_READ} characters.
 * Stateless and thread-safe.
 */
public final class OptOutInstruction {

    private static final int MAX_READ = 1_000;
    private static final int MAX_CODE = 8;
    private static final int STOP_WITHIN = 3;
    /** What a code does in Chinese, after it ("回T退订") or before it ("退订回T"). */
    private static final String[] EFFECT_AFTER = {"退订", "拒收", "取消", "退"};
    private static final String[] EFFECT_BEFORE = {"退订", "拒收", "取消"};
    /** How to send the code in Chinese, longest first. */
    private static final String[] VERBS = {"回复", "发送", "回", "发"};
    private static final String[] ENGLISH_VERBS = {"reply", "text", "txt", "send"};
    private static final String[] ENGLISH_EFFECTS = {"stop", "unsubscribe", "opt out", "optout", "cancel", "end"};

    private OptOutInstruction() {
    }

    /** Whether {@code folded} tells its reader how to opt out. */
    public static boolean in(String folded) {
        return !codes(folded).isEmpty();
    }

    /** The reply codes {@code folded} announces for opting out, lower case, each once, in order; empty when none. */
    public static List<String> codes(String folded) {
        int n = Math.min(folded.length(), MAX_READ);
        if (!mayHold(folded)) {
            return List.of();
        }
        List<String> codes = new ArrayList<>(1);
        for (int i = 0; i < n; i++) {
            String code = switch (folded.charAt(i)) {
                case '回', '发', '退', '拒', '取' -> chineseAt(folded, i, n);
                case 'r', 't', 's' -> englishAt(folded, i, n);
                default -> null;
            };
            if (code != null && !codes.contains(code)) {
                codes.add(code);
            }
        }
        return codes;
    }

    /** Cheap first look: most texts hold none of the characters an instruction needs. */
    private static boolean mayHold(String folded) {
        return folded.indexOf('退') >= 0 || folded.indexOf('拒') >= 0 || folded.indexOf('取') >= 0
                || folded.contains("stop") || folded.contains("unsub") || folded.contains("opt") || folded.contains("cancel");
    }

    /** A code announced by a Chinese instruction whose verb starts at {@code i} ("回T退订"), or whose effect does ("退订回T"). */
    private static String chineseAt(String s, int i, int n) {
        int verbEnd = after(s, i, n, VERBS);
        if (verbEnd >= 0) {
            int start = skipQuotesAndBlanks(s, verbEnd, n);
            int end = codeEnd(s, start, n);
            if (end > start) {
                int next = skipQuotesAndBlanks(s, end, n);
                next = Math.max(next, after(s, next, n, "即可", "可"));
                if (after(s, next, n, EFFECT_AFTER) >= 0) {
                    return s.substring(start, end);
                }
            }
            return null;
        }
        int effectEnd = after(s, i, n, EFFECT_BEFORE);
        if (effectEnd < 0) {
            return null;
        }
        int at = skipSeparators(s, effectEnd, n);
        at = Math.max(at, after(s, at, n, "请"));
        int verb = after(s, at, n, VERBS);
        if (verb < 0) {
            return null;
        }
        int start = skipQuotesAndBlanks(s, verb, n);
        int end = codeEnd(s, start, n);
        return end > start && (end == n || !isCodeChar(s.charAt(end))) ? s.substring(start, end) : null;
    }

    /**
     * "reply stop", "txt stop to 87070", "txt club stop to 87070" (STOP within three words of the verb), or
     * "reply end to unsubscribe" (a code, then "to" and what it does); "text yes to 85023" is no instruction.
     */
    private static String englishAt(String s, int i, int n) {
        if (i > 0 && isLetter(s.charAt(i - 1))) {
            return null;
        }
        int verbEnd = after(s, i, n, ENGLISH_VERBS);
        if (verbEnd < 0 || verbEnd >= n || s.charAt(verbEnd) != ' ') {
            return null;
        }
        int start = skipQuotesAndBlanks(s, verbEnd, n);
        String first = null;
        int at = start;
        for (int word = 0; word < STOP_WITHIN; word++) {
            int end = codeEnd(s, at, n);
            if (end == at || end < n && isCodeChar(s.charAt(end))) {
                break;
            }
            String w = s.substring(at, end);
            if (w.equals("stop")) {
                return w;
            }
            first = first == null ? w : first;
            at = skipQuotesAndBlanks(s, end, n);
        }
        if (first == null) {
            return null;
        }
        int to = after(s, skipQuotesAndBlanks(s, start + first.length(), n), n, "to ");
        return to >= 0 && after(s, to, n, ENGLISH_EFFECTS) >= 0 ? first : null;
    }

    /** The index after the first of {@code words} that starts at {@code i}, or -1. */
    private static int after(String s, int i, int n, String... words) {
        for (String w : words) {
            if (i + w.length() <= n && s.startsWith(w, i)) {
                return i + w.length();
            }
        }
        return -1;
    }

    private static int codeEnd(String s, int start, int n) {
        int end = start;
        while (end < n && end - start < MAX_CODE && isCodeChar(s.charAt(end))) {
            end++;
        }
        return end;
    }

    private static int skipQuotesAndBlanks(String s, int i, int n) {
        while (i < n && (s.charAt(i) == ' ' || s.charAt(i) == '"' || s.charAt(i) == '\'' || s.charAt(i) == '“'
                || s.charAt(i) == '”' || s.charAt(i) == '「' || s.charAt(i) == '」')) {
            i++;
        }
        return i;
    }

    /** Blanks and commas between the effect and the verb: "退订，请回复TD". */
    private static int skipSeparators(String s, int i, int n) {
        while (i < n && (s.charAt(i) == ' ' || s.charAt(i) == ',' || s.charAt(i) == '，')) {
            i++;
        }
        return i;
    }

    private static boolean isCodeChar(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z';
    }
}
