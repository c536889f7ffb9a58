package org.quietline.smpp;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.quietline.classify.Category;
import org.quietline.classify.Classification;
import org.quietline.screening.ScreeningEngine;
import org.quietline.screening.Sms;

/**
 * The firewall's one setting for screening failures (ADR 0051): a fail mode per message category, and one
 * for messages whose category cannot be told. The category is the engine's reading of the message
 * ({@link ScreeningEngine#classification}: the core classifier's, as the engine's classification rule revises
 * it, ADR 0060), which needs no store, so that a verification code still goes out when the opt-out or consent
 * store behind the screener is down, while marketing waits — a notice the classifier is unsure of that carries
 * an opt-out instruction included, as the engine would have treated it as marketing.
 *
 * @param byCategory   the mode for each category; categories absent here take {@code unclassified}
 * @param unclassified the mode when there is no reading, it fails, or the category is not listed
 * @param reading      how the category of a message is told, if it can be
 */
public record FailurePolicy(Map<Category, FailMode> byCategory, FailMode unclassified, Optional<Reading> reading) {

    /** How the category of a message whose screening failed is told; may throw. */
    @FunctionalInterface
    public interface Reading {

        /** The classification of {@code sms}, empty when it cannot be told. */
        Optional<Classification> of(Sms sms);
    }

    /** Copies the map; rejects nulls. */
    public FailurePolicy {
        byCategory = Map.copyOf(byCategory);
        Objects.requireNonNull(unclassified, "unclassified");
        Objects.requireNonNull(reading, "reading");
    }

    /**
     * The shipped default: verification codes, notifications and personal messages fail open; marketing,
     * fraud and anything unclassified fail closed; the category is the {@code engine}'s reading.
     */
    public static FailurePolicy defaults(ScreeningEngine engine) {
        return defaults(Optional.of(engine::classification));
    }

    /** The shipped default modes, the category told by {@code reading} (none: every message unclassified). */
    public static FailurePolicy defaults(Optional<Reading> reading) {
        Map<Category, FailMode> modes = new EnumMap<>(Category.class);
        modes.put(Category.VERIFICATION_CODE, FailMode.OPEN);
        modes.put(Category.NOTIFICATION, FailMode.OPEN);
        modes.put(Category.PERSONAL, FailMode.OPEN);
        modes.put(Category.MARKETING, FailMode.CLOSED);
        modes.put(Category.FRAUD, FailMode.CLOSED);
        return new FailurePolicy(modes, FailMode.CLOSED, reading);
    }

    /** One mode for everything, without a reading. */
    public static FailurePolicy always(FailMode mode) {
        return new FailurePolicy(Map.of(), mode, Optional.empty());
    }

    /** The mode for {@code sms}, whose screening failed. Never throws. */
    public FailMode modeFor(Sms sms) {
        if (reading.isEmpty()) {
            return unclassified;
        }
        try {
            return reading.get().of(sms).map(c -> byCategory.getOrDefault(c.category(), unclassified)).orElse(unclassified);
        } catch (RuntimeException e) {
            return unclassified;
        }
    }
}
