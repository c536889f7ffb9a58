package org.quietline.screening.content;

import java.util.Set;
import org.quietline.classify.Category;
import org.quietline.classify.Classification;
import org.quietline.screening.Check;
import org.quietline.screening.Evidence;
import org.quietline.screening.Examination;
import org.quietline.screening.Settings;

/**
 * Reports what the classifier makes of an SMS text: its category (when the classifier is confident
 * enough) and its spam score (when high enough), with the probability as the strength. Thread-safe.
 *
 * <p>Settings ({@code checks.content}): {@code min-confidence} (a category below it is not reported),
 * {@code spam-from} (a spam score below it is not reported).
 */
public final class ContentCheck implements Check {

    /** The check's name and policy section. */
    public static final String NAME = "content";

    private static final String[] BY_CATEGORY = new String[Category.values().length];

    static {
        BY_CATEGORY[Category.MARKETING.ordinal()] = "CONTENT_MARKETING";
        BY_CATEGORY[Category.FRAUD.ordinal()] = "CONTENT_FRAUD";
        BY_CATEGORY[Category.NOTIFICATION.ordinal()] = "CONTENT_NOTIFICATION";
        BY_CATEGORY[Category.VERIFICATION_CODE.ordinal()] = "CONTENT_VERIFICATION_CODE";
        BY_CATEGORY[Category.PERSONAL.ordinal()] = "CONTENT_PERSONAL";
    }

    private static final Set<String> SIGNALS = Set.of(BY_CATEGORY[0], BY_CATEGORY[1], BY_CATEGORY[2], BY_CATEGORY[3],
            BY_CATEGORY[4], "SPAM_SCORE");

    /** Evidence by category and hundredths, built once: evidence is built on every screening. */
    private static final String[][] CATEGORY_EVIDENCE = new String[Category.values().length][101];
    private static final String[] SPAM_EVIDENCE = new String[101];

    static {
        for (int h = 0; h <= 100; h++) {
            for (Category c : Category.values()) {
                CATEGORY_EVIDENCE[c.ordinal()][h] = c.name() + " " + Evidence.fraction(h / 100.0);
            }
            SPAM_EVIDENCE[h] = "spam score " + Evidence.fraction(h / 100.0);
        }
    }

    private final double minConfidence;
    private final double spamFrom;

    /** Reads {@code min-confidence} and {@code spam-from} from {@code settings}. */
    public ContentCheck(Settings settings) {
        this.minConfidence = settings.fraction("min-confidence");
        this.spamFrom = settings.fraction("spam-from");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> signals() {
        return SIGNALS;
    }

    @Override
    public void inspect(Examination examination) {
        var found = examination.classification();
        if (found.isEmpty()) {
            return;
        }
        Classification c = found.get();
        if (c.confidence() >= minConfidence) {
            examination.report(BY_CATEGORY[c.category().ordinal()], c.confidence(),
                    CATEGORY_EVIDENCE[c.category().ordinal()][hundredths(c.confidence())]);
        }
        if (c.spamScore() >= spamFrom) {
            examination.report("SPAM_SCORE", c.spamScore(), SPAM_EVIDENCE[hundredths(c.spamScore())]);
        }
    }

    private static int hundredths(double fraction) {
        return (int) Math.round(fraction * 100);
    }
}
