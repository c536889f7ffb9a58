package org.quietline.screening.content;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quietline.classify.Category;
import org.quietline.classify.Classification;
import org.quietline.screening.Check;
import org.quietline.screening.ClassificationRule;
import org.quietline.screening.Evidence;
import org.quietline.screening.Examination;
import org.quietline.screening.OptOutInstruction;
import org.quietline.screening.Settings;
import org.quietline.screening.Sms;

/**
 * Reports what an SMS text is: its category (when confident enough) and the classifier's spam score (when
 * high enough), with the probability as the strength. It is also the engine's {@link ClassificationRule},
 * which trusts what a text plainly says over a classifier that read it otherwise (ADR 0060): a text that
 * gives a one-time code ({@link OneTimeCode}: a code word and 4–8 digits) is a verification code, and a text
 * that tells the recipient how to opt out ({@link OptOutInstruction}: 回T退订, 拒收请回复R) is marketing when
 * the classifier read it as a service notice or a personal text without being sure — Chinese rules require
 * that instruction on marketing, and bulk platforms put it on marketing templates only. Each revision is a
 * reason of its own ({@code CONTENT_ONE_TIME_CODE}, {@code CONTENT_OPT_OUT_INSTRUCTION}) with what the
 * classifier had read. Fraud is never revised. Thread-safe.
 *
 * <p>Settings ({@code checks.content}): {@code min-confidence} (a category below it is not reported),
 * {@code spam-from} (a spam score below it is not reported), and for each revision, {@code one-time-code}
 * and {@code opt-out-instruction}: {@code categories} (the readings it may overrule), {@code below} (only
 * when the classifier is less sure than this of its reading), {@code confidence} (of the revised reading).
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

    static final String INSTRUCTION_REVISED = "CONTENT_OPT_OUT_INSTRUCTION";
    static final String CODE_REVISED = "CONTENT_ONE_TIME_CODE";

    private static final Set<String> SIGNALS = Set.of(BY_CATEGORY[0], BY_CATEGORY[1], BY_CATEGORY[2], BY_CATEGORY[3],
            BY_CATEGORY[4], "SPAM_SCORE", INSTRUCTION_REVISED, CODE_REVISED);

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
    private final Revision code;
    private final Revision instruction;

    /**
     * Reads {@code min-confidence}, {@code spam-from}, {@code one-time-code} and {@code opt-out-instruction}
     * from {@code settings}.
     */
    public ContentCheck(Settings settings) {
        this.minConfidence = settings.fraction("min-confidence");
        this.spamFrom = settings.fraction("spam-from");
        // fraud stays fraud: a phisher writes 验证码 and 回T退订 as easily as a bank or a shop
        this.code = Revision.read(settings.section("one-time-code"), Category.VERIFICATION_CODE, Set.of(Category.FRAUD),
                "cannot be overruled by a one-time code (notification, marketing and personal can)");
        // a code with a footer stays a code (its registered port still forces it through)
        this.instruction = Revision.read(settings.section("opt-out-instruction"), Category.MARKETING,
                Set.of(Category.VERIFICATION_CODE, Category.FRAUD),
                "cannot be overruled by an opt-out instruction (only notification and personal can)");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> signals() {
        return SIGNALS;
    }

    /** A one-time code first (a code with a footer is a code), then an opt-out instruction. */
    @Override
    public Optional<Classification> revise(Classification reading, Examination examination) {
        if (!(examination.subject() instanceof Sms sms)) {
            return Optional.empty();
        }
        // the readers fold the characters they look at: no folded copy of every text; the instruction is read once
        // per screening, as the consent check's witness keeps its codes
        if (code.mayOverrule(reading) && OneTimeCode.in(sms.text())) {
            return Optional.of(code.of(reading));
        }
        if (instruction.mayOverrule(reading) && examination.optOutInstruction().unambiguous()) {
            return Optional.of(instruction.of(reading));
        }
        return Optional.empty();
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
            explain(examination, read, c);
        }
        if (c.confidence() >= minConfidence) {
            examination.report(BY_CATEGORY[c.category().ordinal()], c.confidence(),
                    CATEGORY_EVIDENCE[c.category().ordinal()][hundredths(c.confidence())]);
        }
        if (c.spamScore() >= spamFrom) {
            examination.report("SPAM_SCORE", c.spamScore(), SPAM_EVIDENCE[hundredths(c.spamScore())]);
        }
    }

    /** The revision as a reason, with what the classifier had read and what in the text overruled it. */
    private void explain(Examination examination, Classification read, Classification revised) {
        String was = "classifier read " + CATEGORY_EVIDENCE[read.category().ordinal()][hundredths(read.confidence())];
        String text = examination.subject() instanceof Sms sms ? sms.text() : "";
        if (revised.category() == code.into()) {
            OneTimeCode.word(text).ifPresent(w -> examination.report(CODE_REVISED, was + "; the text gives a code after " + w));
        } else if (revised.category() == instruction.into()) {
            List<String> codes = examination.optOutInstruction().codes();
            if (!codes.isEmpty()) {
                examination.report(INSTRUCTION_REVISED, was + "; the text says: reply " + codes.get(0) + " to opt out");
            }
        }
    }

    private static int hundredths(double fraction) {
        return (int) Math.round(fraction * 100);
    }
}
