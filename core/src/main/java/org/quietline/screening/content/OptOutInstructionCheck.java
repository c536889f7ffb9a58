package org.quietline.screening.content;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.quietline.classify.Category;
import org.quietline.screening.Check;
import org.quietline.screening.Examination;
import org.quietline.screening.Folding;
import org.quietline.screening.Settings;
import org.quietline.screening.Sms;

/**
 * Reports {@code MARKETING_WITHOUT_OPT_OUT} for marketing that does not tell the recipient how to opt out
 * (回T退订, 拒收请回复R, reply STOP …), which Chinese rules and every anti-spam law require. The phrases are
 * matched in the examination's folded text (half-width, lower case), so 回ＴＤ退订 and Reply Stop match
 * as written. Thread-safe.
 *
 * <p>Settings ({@code checks.opt-out-instruction}): {@code phrases}, any of which counts as an instruction
 * (matched as written, case-insensitively); {@code min-confidence}, how sure the classifier must be that
 * the text is marketing.
 */
public final class OptOutInstructionCheck implements Check {

    /** The check's name and policy section. */
    public static final String NAME = "opt-out-instruction";
    static final String SIGNAL = "MARKETING_WITHOUT_OPT_OUT";

    private final String[] phrases;
    /** A bit per {@code char}: set for the first characters of the phrases (8 KB, of which a text touches a few lines). */
    private final long[] firstChars = new long[1 << 10];
    private final boolean anyEmpty;
    private final double minConfidence;
    private final String evidence;

    /** Reads {@code phrases} and {@code min-confidence}. */
    public OptOutInstructionCheck(Settings settings) {
        List<String> list = settings.texts("phrases");
        if (list.isEmpty()) {
            throw settings.problem("phrases", "[]", "is empty: every marketing message would be reported");
        }
        this.phrases = list.stream().map(p -> p.strip().toLowerCase(Locale.ROOT)).toArray(String[]::new);
        boolean empty = false;
        for (String p : phrases) {
            empty |= p.isEmpty();
            if (!p.isEmpty()) {
                firstChars[p.charAt(0) >>> 6] |= 1L << p.charAt(0);
            }
        }
        this.anyEmpty = empty;
        this.minConfidence = settings.fraction("min-confidence");
        this.evidence = "none of " + phrases.length + " opt-out phrases (" + phrases[0] + ", …)";
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> signals() {
        return Set.of(SIGNAL);
    }

    @Override
    public void inspect(Examination examination) {
        var c = examination.classification();
        if (c.isEmpty() || c.get().category() != Category.MARKETING || c.get().confidence() < minConfidence) {
            return;
        }
        if (examination.subject() instanceof Sms sms && !holdsPhrase(sms.text())) {
            examination.report(SIGNAL, evidence);
        }
    }

    /**
     * Whether the folded text holds one of the phrases, in one pass that folds each character once and
     * tries the phrases only where one could start, instead of folding a copy of the text and searching
     * it once per phrase.
     */
    private boolean holdsPhrase(String text) {
        if (anyEmpty) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = Folding.fold(text.charAt(i));
            if ((firstChars[c >>> 6] & 1L << c) == 0) {
                continue;
            }
            for (String phrase : phrases) {
                if (phrase.charAt(0) == c && Folding.matchesAt(text, i, phrase)) {
                    return true;
                }
            }
        }
        return false;
    }
}
