package org.quietline.optout;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the reply codes a message's own text announces ("回T退订", "退订回复0000", "拒收请回复R",
 * "Reply STOP to opt out"), so that a later reply of exactly that code, even a numeric one the
 * vocabulary does not know, counts as an opt-out for that port. Stateless and thread-safe.
 */
final class UnsubscribeInstruction {

    private static final Pattern CODE_THEN_WORD = Pattern.compile(
            "回复?\\s*[\"“']?([a-z0-9]{1,8})[\"”']?\\s*(?:即可|可)?(?:退订|拒收|退|取消)");
    private static final Pattern WORD_THEN_CODE = Pattern.compile(
            "(?:退订|拒收|取消)\\s*(?:请)?(?:回复?|发送?)\\s*[\"“']?([a-z0-9]{1,8})(?![a-z0-9])");
    private static final Pattern ENGLISH = Pattern.compile(
            "(?:reply|text|send)\\s+[\"“']?([a-z0-9]{1,8})[\"”']?\\s+to\\s+(?:stop|unsubscribe|opt\\s*out|cancel|end)");

    private UnsubscribeInstruction() {
    }

    /** The codes {@code text} tells its reader to reply, lower case; empty when it announces none. */
    static Set<String> codes(String text) {
        String t = Normalizer.normalize(text.length() > 1_000 ? text.substring(0, 1_000) : text,
                Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        if (t.indexOf('退') < 0 && t.indexOf('拒') < 0 && t.indexOf('取') < 0 && !t.contains("to ")) {
            return Set.of();
        }
        Set<String> codes = new HashSet<>();
        for (Pattern p : new Pattern[] {CODE_THEN_WORD, WORD_THEN_CODE, ENGLISH}) {
            Matcher m = p.matcher(t);
            while (m.find()) {
                codes.add(m.group(1));
            }
        }
        return Set.copyOf(codes);
    }
}
