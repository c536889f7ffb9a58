package org.quietline.classify.training;

import java.util.Objects;
import java.util.Optional;
import org.quietline.classify.Category;

/**
 * One labelled message to learn from or to measure on.
 *
 * @param text     the message text as the corpus holds it
 * @param spam     whether the corpus calls it spam (unsolicited marketing or fraud)
 * @param category its category where one could be derived honestly (see {@link CategoryRules}), else empty
 */
public record Example(String text, boolean spam, Optional<Category> category) {

    /** Checks that nothing is null. */
    public Example {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(category, "category");
    }
}
