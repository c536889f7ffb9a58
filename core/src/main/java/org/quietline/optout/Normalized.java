package org.quietline.optout;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A reply reduced to what intent rules look at: NFKC-folded (full-width ＴＤ becomes td), lower case, a few
 * traditional characters mapped to simplified ones, apostrophes dropped (don't → dont), and everything
 * that is not a letter or digit (punctuation, emoji, symbols, control characters) turned into a break.
 *
 * @param tokens       runs of Latin letters and digits, and runs of other letters (CJK), in order
 * @param compact      the tokens joined without breaks ({@code 回t退订})
 * @param spaced       the tokens joined by single spaces, padded with a space at both ends
 * @param questionOnly whether the reply was nothing but question marks (a plea for help)
 */
record Normalized(List<String> tokens, String compact, String spaced, boolean questionOnly) {

    /** Longer replies are read only this far: a refusal is short, and work must stay bounded. */
    static final int MAX_READ = 2_000;

    private static final Map<Character, Character> TRADITIONAL = Map.ofEntries(
            Map.entry('訂', '订'), Map.entry('發', '发'), Map.entry('別', '别'), Map.entry('給', '给'),
            Map.entry('擾', '扰'), Map.entry('騷', '骚'), Map.entry('廣', '广'), Map.entry('訊', '讯'),
            Map.entry('關', '关'), Map.entry('閉', '闭'), Map.entry('號', '号'), Map.entry('復', '复'),
            Map.entry('們', '们'), Map.entry('還', '还'), Map.entry('銷', '销'), Map.entry('營', '营'),
            Map.entry('謝', '谢'), Map.entry('請', '请'), Map.entry('煩', '烦'), Map.entry('訴', '诉'),
            Map.entry('絕', '绝'), Map.entry('對', '对'), Map.entry('費', '费'), Map.entry('託', '托'));

    static Normalized of(String text) {
        String bounded = text.length() > MAX_READ ? text.substring(0, MAX_READ) : text;
        String folded = Normalizer.normalize(bounded, Normalizer.Form.NFKC);
        List<String> tokens = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        int runKind = 0;
        boolean question = false;
        boolean other = false;
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            i += Character.charCount(cp);
            int kind = kindOf(cp);
            if (kind == 0) {
                if (cp == '?') {
                    question = true;
                } else if (!Character.isWhitespace(cp)) {
                    other = true;
                }
                if (cp != '\'' && cp != '’') {
                    flush(tokens, run);
                    runKind = 0;
                }
                continue;
            }
            if (kind != runKind) {
                flush(tokens, run);
                runKind = kind;
            }
            run.appendCodePoint(fold(cp));
        }
        flush(tokens, run);
        String compact = String.join("", tokens);
        return new Normalized(List.copyOf(tokens), compact, " " + String.join(" ", tokens) + " ",
                tokens.isEmpty() && question && !other);
    }

    /** 0 for a break, 1 for a Latin letter or digit, 2 for any other letter or digit (CJK and the like). */
    private static int kindOf(int cp) {
        if (cp < 0x80) {
            return Character.isLetterOrDigit(cp) ? 1 : 0;
        }
        if (Character.isLetter(cp) && Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN) {
            return 1;
        }
        return Character.isLetterOrDigit(cp) ? 2 : 0;
    }

    private static int fold(int cp) {
        int lower = Character.toLowerCase(cp);
        if (lower <= 0xFFFF) {
            Character simplified = TRADITIONAL.get((char) lower);
            if (simplified != null) {
                return simplified;
            }
        }
        return lower;
    }

    private static void flush(List<String> tokens, StringBuilder run) {
        if (!run.isEmpty()) {
            tokens.add(run.toString());
            run.setLength(0);
        }
    }

    /** Whether the padded spaced form holds {@code phrase} as whole words. */
    boolean hasWords(String phrase) {
        return spaced.contains(" " + phrase + " ");
    }
}
