package org.quietline.optout;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Reads a subscriber's reply (the text of an MO message) for its {@link Intent}: every way people say
 * stop (T, TD, 退订, 不要再发, STOP, "please stop texting me" …), stop-everything (STOPALL, 全部退订),
 * re-subscribe, help, or none of these.
 *
 * <p>Rules, in order: (1) the whole reply is keywords, possibly with politeness, emoji, punctuation, full-width
 * letters and the echoed template around them ({@code 回T退订}, {@code TD 谢谢}); (2) a refusal said the other
 * way round ({@code 不退订}, {@code don't stop}) means none; (3) refusal and re-subscribe phrases anywhere
 * in the reply; (4) a refusal that names everyone ({@code 所有}, {@code all}) is a refusal of all.
 * Numeric codes such as {@code 0000} count only for ports that use them: pass them as port codes.
 *
 * <p>Never throws for any string (binary junk, 5,000 characters); reads at most the first
 * {@value Normalized#MAX_READ} characters. Immutable and thread-safe.
 */
public final class ReplyParser {

    private static final ReplyParser STANDARD = new ReplyParser();

    private ReplyParser() {
    }

    /** The parser with the shipped vocabulary. */
    public static ReplyParser standard() {
        return STANDARD;
    }

    /** Reads {@code reply} with no port-specific codes. */
    public Reading read(String reply) {
        return read(reply, Set.of());
    }

    /**
     * Reads {@code reply}; a reply that is one of {@code portCodes} (codes the port's own messages told the
     * subscriber to send, such as {@code 0000}) is an opt-out.
     */
    public Reading read(String reply, Set<String> portCodes) {
        Normalized n = Normalized.of(reply);
        if (n.questionOnly()) {
            return new Reading(Intent.HELP, "symbol:?");
        }
        Reading reading = byKeywords(n, portCodes);
        if (reading == null) {
            reading = byPhrases(n);
        }
        return reading.intent() == Intent.OPT_OUT && namesEveryone(n)
                ? new Reading(Intent.OPT_OUT_ALL, reading.rule() + "+all")
                : reading;
    }

    /** Rule 1: every token is a keyword, a port code, a filler or an "all"; null when not. */
    private static Reading byKeywords(Normalized n, Set<String> portCodes) {
        Intent whole = Vocabulary.KEYWORDS.get(n.compact());
        if (whole != null) {
            return new Reading(whole, "keyword:" + n.compact());
        }
        List<String> matched = new ArrayList<>();
        Intent strongest = null;
        for (String token : n.tokens()) {
            if (Vocabulary.LATIN_FILLERS.contains(token) || Vocabulary.LATIN_ALL.contains(token)) {
                continue;
            }
            String core = isLatin(token) ? token : stripCjkFillers(token);
            if (core.isEmpty()) {
                continue;
            }
            Intent intent = intentOf(core, portCodes);
            if (intent == null) {
                return null;
            }
            matched.add((portCodes.contains(core) ? "port-code:" : "keyword:") + core);
            strongest = strongest == null || intent.ordinal() < strongest.ordinal() ? intent : strongest;
        }
        return strongest == null ? null : new Reading(strongest, matched.getFirst());
    }

    private static Intent intentOf(String core, Set<String> portCodes) {
        if (portCodes.contains(core)) {
            return Intent.OPT_OUT;
        }
        Intent intent = Vocabulary.KEYWORDS.get(core);
        if (intent == null && !isLatin(core)) {
            intent = repeatedKeyword(core);
        }
        return intent;
    }

    /** 退订退订退订: a CJK keyword said several times. */
    private static Intent repeatedKeyword(String core) {
        for (int len = 2; len <= core.length() / 2; len++) {
            if (core.length() % len == 0 && core.substring(0, len).repeat(core.length() / len).equals(core)) {
                Intent intent = Vocabulary.KEYWORDS.get(core.substring(0, len));
                if (intent != null) {
                    return intent;
                }
            }
        }
        return null;
    }

    private static String stripCjkFillers(String token) {
        String t = token;
        boolean changed = true;
        while (changed && !t.isEmpty()) {
            changed = false;
            for (String p : Vocabulary.CJK_PREFIXES) {
                if (t.startsWith(p) && !Vocabulary.KEYWORDS.containsKey(t)) {
                    t = t.substring(p.length());
                    changed = true;
                }
            }
            for (String s : Vocabulary.CJK_SUFFIXES) {
                if (t.endsWith(s) && !Vocabulary.KEYWORDS.containsKey(t)) {
                    t = t.substring(0, t.length() - s.length());
                    changed = true;
                }
            }
        }
        return t;
    }

    /** Rules 2 and 3: phrases anywhere in the reply. */
    private static Reading byPhrases(Normalized n) {
        String c = n.compact();
        for (String p : Vocabulary.CJK_NEGATED) {
            if (c.contains(p)) {
                return new Reading(Intent.NONE, "negated:" + p);
            }
        }
        for (String p : Vocabulary.LATIN_NEGATED) {
            if (n.hasWords(p)) {
                return new Reading(Intent.NONE, "negated:" + p);
            }
        }
        for (String p : Vocabulary.CJK_UNDO) {
            if (c.contains(p)) {
                return new Reading(Intent.RESUBSCRIBE, "phrase:" + p);
            }
        }
        for (String p : Vocabulary.CJK_REFUSALS) {
            if (c.contains(p)) {
                return new Reading(Intent.OPT_OUT, "phrase:" + p);
            }
        }
        Matcher dontSend = Vocabulary.CJK_DONT_SEND.matcher(c);
        if (dontSend.find()) {
            return new Reading(Intent.OPT_OUT, "phrase:" + dontSend.group());
        }
        for (String p : Vocabulary.LATIN_REFUSALS) {
            if (n.hasWords(p)) {
                return new Reading(Intent.OPT_OUT, "phrase:" + p);
            }
        }
        for (String p : Vocabulary.CJK_RESUBSCRIBE) {
            if (c.contains(p)) {
                return new Reading(Intent.RESUBSCRIBE, "phrase:" + p);
            }
        }
        for (String p : Vocabulary.LATIN_RESUBSCRIBE) {
            if (n.hasWords(p)) {
                return new Reading(Intent.RESUBSCRIBE, "phrase:" + p);
            }
        }
        return Reading.none();
    }

    /** Rule 4. */
    private static boolean namesEveryone(Normalized n) {
        for (String p : Vocabulary.CJK_ALL) {
            if (n.compact().contains(p)) {
                return true;
            }
        }
        for (String w : Vocabulary.LATIN_ALL) {
            if (n.hasWords(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLatin(String token) {
        char c = token.charAt(0);
        return c < 0x80 || Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
    }

    @Override
    public String toString() {
        return "ReplyParser[" + Vocabulary.KEYWORDS.size() + " keywords]";
    }
}
