package org.quietline.smpp;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.quietline.classify.Category;
import org.quietline.classify.Classifier;

/**
 * The firewall's one setting for screening failures (ADR 0051): a fail mode per message category, and one
 * for messages whose category cannot be told. The category comes from the core {@link Classifier} (a
 * local model that needs no store), so that a verification code still goes out when the opt-out or consent
 * store behind the screener is down, while marketing waits.
 *
 * @param byCategory   the mode for each category; categories absent here take {@code unclassified}
 * @param unclassified the mode when there is no classifier, it fails, or the category is not listed
 * @param classifier   the classifier that tells the category, if one is wired
 */
public record FailurePolicy(Map<Category, FailMode> byCategory, FailMode unclassified, Optional<Classifier> classifier) {

    /** Copies the map; rejects nulls. */
    public FailurePolicy {
        byCategory = Map.copyOf(byCategory);
        Objects.requireNonNull(unclassified, "unclassified");
        Objects.requireNonNull(classifier, "classifier");
    }

    /**
     * The shipped default: verification codes, notifications and personal messages fail open; marketing,
     * fraud and anything unclassified fail closed.
     */
    public static FailurePolicy defaults(Optional<Classifier> classifier) {
        Map<Category, FailMode> modes = new EnumMap<>(Category.class);
        modes.put(Category.VERIFICATION_CODE, FailMode.OPEN);
        modes.put(Category.NOTIFICATION, FailMode.OPEN);
        modes.put(Category.PERSONAL, FailMode.OPEN);
        modes.put(Category.MARKETING, FailMode.CLOSED);
        modes.put(Category.FRAUD, FailMode.CLOSED);
        return new FailurePolicy(modes, FailMode.CLOSED, classifier);
    }

    /** One mode for everything, without a classifier. */
    public static FailurePolicy always(FailMode mode) {
        return new FailurePolicy(Map.of(), mode, Optional.empty());
    }

    /** The mode for a message with {@code text} whose screening failed. Never throws. */
    public FailMode modeFor(String text) {
        if (classifier.isEmpty()) {
            return unclassified;
        }
        try {
            return byCategory.getOrDefault(classifier.get().classify(text).category(), unclassified);
        } catch (RuntimeException e) {
            return unclassified;
        }
    }
}
