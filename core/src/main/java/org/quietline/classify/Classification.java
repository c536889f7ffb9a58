package org.quietline.classify;

import java.util.Objects;

/**
 * What the classifier made of a text.
 *
 * @param category   the most likely category
 * @param confidence the model's probability of that category, 0–1
 * @param spamScore  the probability that the text is spam (unsolicited marketing or fraud), 0–1
 */
public record Classification(Category category, double confidence, double spamScore) {

    /** Validates the ranges. */
    public Classification {
        Objects.requireNonNull(category, "category");
        if (!(confidence >= 0 && confidence <= 1) || !(spamScore >= 0 && spamScore <= 1)) {
            throw new IllegalArgumentException("confidence and spamScore lie in [0, 1]");
        }
    }

    /** Whether the spam score reaches {@code threshold}. */
    public boolean spamAt(double threshold) {
        return spamScore >= threshold;
    }
}
