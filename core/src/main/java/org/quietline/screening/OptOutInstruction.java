package org.quietline.screening;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the opt-out instructions of an SMS text: "回T退订", "回复TD退订", "退订回T", "拒收请回复R",
 * "退订请回复0000", "reply STOP to opt out", "txt STOP to 87070" — a reply code and the refusal it makes. Chinese
 * rules require one on every commercial message, and bulk platforms append one to marketing templates
 * only, so it is both evidence that a text is marketing (ADR 0060) and, for the opt-out desk, the code a
 * later reply may use. A bare mention of 退订 ("您已成功退订流量包") is not an instruction.
 *
 * <p>Reads any text as {@link Folding} folds it (回ＴＤ退订 and Reply Stop as written), folding the characters it
 * looks at instead of copying the text, in one pass, without regular expressions, up to {@value #MAX_READ}
 * characters. A screening reads a text once ({@link Examination#optOutInstruction()}) for the content check and the
 * consent check's witness; it lives beside {@link Folding} for that. Stateless and thread-safe.
 */
public final class OptOutInstruction {

    private static final int MAX_READ = 1_000;
    private static final int MAX_CODE = 8;
    private static final int STOP_WITHIN = 3;
    /**
     * What a code does in Chinese, after it ("回T退订") or before it ("退订回T"). 取消 alone, last, is
     * ambiguous: "回复X取消" cancels a booking or a reminder as often as it refuses messages ("回复2取消预订",
     * "回复QXTX取消登录提醒", "若不需接收此短信，请回qxyx取消").
     */
    private static final String[] EFFECT_AFTER = {"退订", "拒收", "取消订阅", "退", "取消"};
    private static final String[] EFFECT_BEFORE = {"退订", "拒收", "取消订阅", "取消短信", "取消"};
    private static final String AMBIGUOUS = "取消";
    /** How to send the code in Chinese, longest first. */
    private static final String[] VERBS = {"回复", "发送", "回", "发"};
    private static final String[] ENGLISH_VERBS = {"reply", "text", "txt", "send"};
    /** Not "cancel" or "end": "reply C to cancel" is about an appointment or an order as often as about messages. */
    private static final String[] ENGLISH_EFFECTS = {"stop", "unsubscribe", "opt out", "optout"};

    private OptOutInstruction() {
    }

    /**
     * Whether {@code text} tells its reader how to opt out, unambiguously: a code with 取消 alone
     * ("回复1取消") does not count, since it cancels bookings and reminders too.
     */
    public static boolean in(String text) {
        return announced(text).unambiguous();
    }

    /**
     * The reply codes {@code text} announces for opting out, folded (lower case), each once, in order; empty
     * when none. Leans to recall, as the reply parser does (ADR 0030): a code with 取消 alone counts here.
     */
    public static List<String> codes(String text) {
        return announced(text).codes();
    }

    /** Both answers about {@code text} from one reading: its {@link #codes} and whether it is {@link #in} it. */
    public static Announced announced(String text) {
        List<Found> found = found(text);
        if (found.isEmpty()) {
            return Announced.NONE;
        }
        if (found.size() == 1) {
            return new Announced(List.of(found.get(0).code()), !found.get(0).ambiguous());
        }
        List<String> codes = new ArrayList<>(found.size());
        boolean unambiguous = false;
        for (Found f : found) {
            if (!codes.contains(f.code())) {
                codes.add(f.code());
            }
            unambiguous |= !f.ambiguous();
        }
        return new Announced(codes, unambiguous);
    }

    /**
     * What a text's opt-out instructions announce.
     *
     * @param codes       the reply codes, folded, each once, in order ({@link #codes}); empty when none
     * @param unambiguous whether one of them is an instruction that does not only say 取消 ({@link #in})
     */
    public record Announced(List<String> codes, boolean unambiguous) {

        /** A text without an instruction. */
        public static final Announced NONE = new Announced(List.of(), false);

        /** Copies the list. */
        public Announced {
            codes = List.copyOf(codes);
        }
    }

    /**
     * {@code text} without its unambiguous opt-out instructions (each from its first to its last character),
     * for training a classifier on what a text says rather than on the footer a platform appends
     * (docs/classifier.md).
     */
    public static String without(String text) {
        List<Found> found = found(text);
        StringBuilder out = null;
        int from = 0;
        for (Found f : found) {
            if (!f.ambiguous() && f.start() >= from) {
                out = out == null ? new StringBuilder(text.length()) : out;
                out.append(text, from, f.start());
                from = f.end();
            }
        }
        return out == null ? text : out.append(text, from, text.length()).toString();
    }

    /** One instruction: its folded code, where it stands ({@code [start, end)}), and whether it only says 取消. */
    private record Found(String code, int start, int end, boolean ambiguous) {
    }

    private static List<Found> found(String text) {
        int n = Math.min(text.length(), MAX_READ);
        // one pass: most texts hold none of the characters an instruction starts with, and are read once
        List<Found> found = List.of();
        for (int i = 0; i < n; i++) {
            Found f = switch (Folding.fold(text.charAt(i))) {
                case '回', '发', '退', '拒', '取' -> chineseAt(text, i, n);
                case 'r', 't', 's' -> englishAt(text, i, n);
                default -> null;
            };
            if (f != null) {
                found = found.isEmpty() ? new ArrayList<>(1) : found;
                found.add(f);
            }
        }
        return found;
    }

    /** A code announced by a Chinese instruction whose verb starts at {@code i} ("回T退订"), or whose effect does ("退订回T"). */
    private static Found chineseAt(String s, int i, int n) {
        int verbEnd = after(s, i, n, VERBS);
        if (verbEnd >= 0) {
            int start = skipQuotesAndBlanks(s, verbEnd, n);
            int end = codeEnd(s, start, n);
            if (end > start) {
                int next = skipQuotesAndBlanks(s, end, n);
                next = Math.max(next, after(s, next, n, "即可", "可"));
                String effect = matched(s, next, n, EFFECT_AFTER);
                if (effect != null) {
                    return new Found(folded(s, start, end), i, next + effect.length(), effect.equals(AMBIGUOUS));
                }
            }
            return null;
        }
        String effect = matched(s, i, n, EFFECT_BEFORE);
        if (effect == null) {
            return null;
        }
        int at = skipSeparators(s, i + effect.length(), n);
        at = Math.max(at, after(s, at, n, "请"));
        int verb = after(s, at, n, VERBS);
        if (verb < 0) {
            return null;
        }
        int start = skipQuotesAndBlanks(s, verb, n);
        int end = codeEnd(s, start, n);
        return end > start && (end == n || !isCodeChar(s, end))
                ? new Found(folded(s, start, end), i, end, effect.equals(AMBIGUOUS)) : null;
    }

    /**
     * "reply stop", "txt stop to 87070", "txt club stop to 87070" (STOP within three words of the verb), or
     * "reply end to unsubscribe" (a code, then "to" and what it does); "text yes to 85023" is no instruction.
     */
    private static Found englishAt(String s, int i, int n) {
        if (i > 0 && isLetter(s, i - 1)) {
            return null;
        }
        int verbEnd = after(s, i, n, ENGLISH_VERBS);
        if (verbEnd < 0 || verbEnd >= n || Folding.fold(s.charAt(verbEnd)) != ' ') {
            return null;
        }
        int start = skipQuotesAndBlanks(s, verbEnd, n);
        int firstEnd = -1;
        int at = start;
        for (int word = 0; word < STOP_WITHIN; word++) {
            int end = codeEnd(s, at, n);
            if (end == at || end < n && isCodeChar(s, end)) {
                break;
            }
            if (Folding.matchesAt(s, at, "stop") && end - at == 4) {
                int to = after(s, skipQuotesAndBlanks(s, end, n), n, "to ");
                int effectEnd = to < 0 ? -1 : after(s, to, n, ENGLISH_EFFECTS);
                return new Found("stop", i, Math.max(end, effectEnd), false);
            }
            firstEnd = firstEnd < 0 ? end : firstEnd;
            at = skipQuotesAndBlanks(s, end, n);
        }
        if (firstEnd < 0) {
            return null;
        }
        int to = after(s, skipQuotesAndBlanks(s, firstEnd, n), n, "to ");
        int effectEnd = to < 0 ? -1 : after(s, to, n, ENGLISH_EFFECTS);
        return effectEnd >= 0 ? new Found(folded(s, start, firstEnd), i, effectEnd, false) : null;
    }

    /** The first of {@code words} that the folded text holds at {@code i}, or null. */
    private static String matched(String s, int i, int n, String[] words) {
        if (i >= n) {
            return null;
        }
        // the character at i folded once, not once per word
        char first = Folding.fold(s.charAt(i));
        for (String w : words) {
            if (w.charAt(0) == first && i + w.length() <= n && Folding.matchesAt(s, i, w)) {
                return w;
            }
        }
        return null;
    }

    /** The index after the first of {@code words} that the folded text holds at {@code i}, or -1. */
    private static int after(String s, int i, int n, String... words) {
        String w = matched(s, i, n, words);
        return w == null ? -1 : i + w.length();
    }

    private static String folded(String s, int start, int end) {
        char[] out = new char[end - start];
        for (int k = start; k < end; k++) {
            out[k - start] = Folding.fold(s.charAt(k));
        }
        return new String(out);
    }

    private static int codeEnd(String s, int start, int n) {
        int end = start;
        while (end < n && end - start < MAX_CODE && isCodeChar(s, end)) {
            end++;
        }
        return end;
    }

    private static int skipQuotesAndBlanks(String s, int i, int n) {
        while (i < n) {
            char c = Folding.fold(s.charAt(i));
            if (c != ' ' && c != '"' && c != '\'' && c != '“' && c != '”' && c != '「' && c != '」') {
                break;
            }
            i++;
        }
        return i;
    }

    /** Blanks and commas between the effect and the verb: "退订，请回复TD". */
    private static int skipSeparators(String s, int i, int n) {
        while (i < n && (Folding.fold(s.charAt(i)) == ' ' || Folding.fold(s.charAt(i)) == ',')) {
            i++;
        }
        return i;
    }

    private static boolean isCodeChar(String s, int i) {
        char c = Folding.fold(s.charAt(i));
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }

    private static boolean isLetter(String s, int i) {
        char c = Folding.fold(s.charAt(i));
        return c >= 'a' && c <= 'z';
    }
}
