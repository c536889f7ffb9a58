package org.quietline.screening;

import java.util.Optional;
import org.quietline.classify.Classification;
import org.quietline.merchant.Merchant;
import org.quietline.number.Signature;

/**
 * One screening in progress, as the checks see it: the subject, facts computed at most once and shared
 * by every check (the text's classification, its signature, its opt-out instruction, the merchant behind the
 * sender, a folded copy of the text), and the place to report findings. The engine's examination caches every
 * fact; the default methods compute them afresh, for simple examinations in tests. Not thread-safe: one
 * examination is worked on by one thread.
 */
public interface Examination {

    /** What is being screened. */
    Subject subject();

    /**
     * The classification of an SMS's text, computed at most once; empty for calls. It is the engine's
     * {@link ClassificationRule}'s revision of the classifier's reading when the rule made one.
     */
    Optional<Classification> classification();

    /**
     * What the classifier itself read, before the engine's {@link ClassificationRule} revised it; the same as
     * {@link #classification()} when nothing was revised (and by default).
     */
    default Optional<Classification> reading() {
        return classification();
    }

    /** The 【brand】 signature of an SMS, found at most once; empty for calls and unsigned texts. */
    default Optional<Signature> signature() {
        return subject() instanceof Sms sms ? Signature.find(sms.text()) : Optional.empty();
    }

    /**
     * What the SMS text's opt-out instructions announce (回T退订: the reply code t), read at most once: the content
     * check asks whether there is one, and the consent check's witness keeps the codes of every message that got
     * through. {@link OptOutInstruction.Announced#NONE} for calls.
     */
    default OptOutInstruction.Announced optOutInstruction() {
        return subject() instanceof Sms sms ? OptOutInstruction.announced(sms.text()) : OptOutInstruction.Announced.NONE;
    }

    /**
     * The merchant behind the sender, resolved by the sender (port, short code, ID) together with the
     * signature's brand in the merchant registry; empty when the registry cannot tell one merchant.
     * Empty by default (for test examinations without a registry).
     */
    default Optional<Merchant> merchant() {
        return Optional.empty();
    }

    /**
     * The SMS text folded for matching: full-width ASCII made half-width, ideographic space made a
     * space, ASCII letters lower-cased. Empty for calls. Computed at most once.
     */
    default String foldedText() {
        return subject() instanceof Sms sms ? Folding.fold(sms.text()) : "";
    }

    /**
     * Records a finding: {@code signal} matched with {@code strength} (0–1), because of {@code evidence}.
     * The signal must be one of the reporting check's {@link Check#signals()}; reporting a signal twice
     * keeps the stronger finding.
     *
     * @throws IllegalArgumentException for an undeclared signal or a strength outside [0, 1]
     */
    void report(String signal, double strength, String evidence);

    /** Records a plain match of strength 1. */
    default void report(String signal, String evidence) {
        report(signal, 1.0, evidence);
    }
}
