package org.quietline.screening.content;

import java.util.Locale;
import java.util.Set;
import org.quietline.classify.Category;
import org.quietline.classify.Classification;
import org.quietline.screening.Settings;

/**
 * One way the content check revises a reading (ADR 0060), from its policy section: the readings it may
 * overrule ({@code categories}), only when the classifier is less sure of them than {@code below}, into
 * {@code into} with {@code confidence}. Immutable, thread-safe.
 */
final class Revision {

    private final Category into;
    private final boolean[] from = new boolean[Category.values().length];
    private final double below;
    private final double confidence;

    private Revision(Category into, double below, double confidence) {
        this.into = into;
        this.below = below;
        this.confidence = confidence;
    }

    /** Reads {@code categories}, {@code below} and {@code confidence}; refuses the categories in {@code never}. */
    static Revision read(Settings section, Category into, Set<Category> never, String why) {
        Revision r = new Revision(into, section.fraction("below"), section.fraction("confidence"));
        for (Category c : section.choices("categories", Category.class)) {
            if (c == into || never.contains(c)) {
                throw section.problem("categories", c.name().toLowerCase(Locale.ROOT).replace('_', '-'), why);
            }
            r.from[c.ordinal()] = true;
        }
        return r;
    }

    /** Whether {@code reading} may be overruled: one of the categories, less sure than {@code below}. */
    boolean mayOverrule(Classification reading) {
        return from[reading.category().ordinal()] && reading.confidence() < below;
    }

    /** The revised classification: the new category and confidence, the spam score kept. */
    Classification of(Classification reading) {
        return new Classification(into, confidence, reading.spamScore());
    }

    Category into() {
        return into;
    }
}
