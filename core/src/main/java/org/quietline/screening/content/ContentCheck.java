package org.quietline.screening.content;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.quietline.classify.Category;
import org.quietline.classify.Classification;
import org.quietline.screening.Check;
import org.quietline.screening.ClassificationRule;
import org.quietline.screening.Evidence;
import org.quietline.screening.Examination;
import org.quietline.screening.Settings;

/**
 * Reports what an SMS text is: its category (when confident enough) and the classifier's spam score (when
 * high enough), with the probability as the strength. It is also the engine's {@link ClassificationRule}:
 * a text that tells the recipient how to opt out ({@link OptOutInstruction}: 回T退订, 拒收请回复R) is
 * marketing when the classifier read it as a service notice or a personal text without being sure, because
 * Chinese rules require that instruction on marketing and bulk platforms put it on marketing templates only
 * (ADR 0060). The revision is a reason of its own, {@code CONTENT_OPT_OUT_INSTRUCTION}, with what the
 * classifier had read. Thread-safe.
 *
 * <p>Settings ({@code checks.content}): {@code min-confidence} (a category below it is not reported),
 * {@code spam-from} (a spam score below it is not reported), and {@code opt-out-instruction}:
 * {@code categories} (the readings an instruction may overrule), {@code below} (only when the classifier
 * is less sure than this of its reading), {@code confidence} (the confidence of the marketing reading then).
 */
public final class ContentCheck implements Check, ClassificationRule {

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

    static final String REVISED = "CONTENT_OPT_OUT_INSTRUCTION";

    private static final Set<String> SIGNALS = Set.of(BY_CATEGORY[0], BY_CATEGORY[1], BY_CATEGORY[2], BY_CATEGORY[3],
            BY_CATEGORY[4], "SPAM_SCORE", REVISED);

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
    private final boolean[] overruled = new boolean[Category.values().length];
    private final double overruledBelow;
    private final double instructedConfidence;

    /** Reads {@code min-confidence}, {@code spam-from} and {@code opt-out-instruction} from {@code settings}. */
    public ContentCheck(Settings settings) {
        this.minConfidence = settings.fraction("min-confidence");
        this.spamFrom = settings.fraction("spam-from");
        Settings instruction = settings.section("opt-out-instruction");
        for (Category c : instruction.choices("categories", Category.class)) {
            if (c == Category.VERIFICATION_CODE || c == Category.FRAUD || c == Category.MARKETING) {
                // a code with a footer stays a code (its registered port still forces it through), and
                // fraud stays fraud: an instruction only tells marketing from service and personal texts
                throw instruction.problem("categories", c.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                        "cannot be overruled by an opt-out instruction (only notification and personal can)");
            }
            overruled[c.ordinal()] = true;
        }
        this.overruledBelow = instruction.fraction("below");
        this.instructedConfidence = instruction.fraction("confidence");
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
    public Optional<Classification> revise(Classification reading, Examination examination) {
        if (!overruled[reading.category().ordinal()] || reading.confidence() >= overruledBelow
                || !OptOutInstruction.in(examination.foldedText())) {
            return Optional.empty();
        }
        return Optional.of(new Classification(Category.MARKETING, instructedConfidence, reading.spamScore()));
    }

    @Override
    public void inspect(Examination examination) {
        var found = examination.classification();
        if (found.isEmpty()) {
            return;
        }
        Classification c = found.get();
        Classification read = examination.reading().orElse(c);
        if (read.category() != c.category()) {
            // only this check's own rule revises a reading into marketing because of an instruction
            List<String> codes = OptOutInstruction.codes(examination.foldedText());
            if (!codes.isEmpty()) {
                examination.report(REVISED, "classifier read " + CATEGORY_EVIDENCE[read.category().ordinal()][hundredths(read.confidence())]
                        + "; the text says: reply " + codes.get(0) + " to opt out");
            }
        }
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
