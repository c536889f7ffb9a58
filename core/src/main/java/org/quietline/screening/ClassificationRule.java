package org.quietline.screening;

import java.util.Optional;
import org.quietline.classify.Classification;

/**
 * Revises what the classifier read in an SMS with what the text says plainly, before any check sees it: the
 * shipped one reads an opt-out instruction (回T退订) as marketing where the classifier read a weak service
 * notice (ADR 0060). The engine asks its rule once per screening, the first time a check asks for
 * {@link Examination#classification()}; every check then sees the revised classification, and
 * {@link Examination#reading()} keeps the classifier's own, so that a check can explain the revision.
 *
 * <p>Implementations are thread-safe, fast and never throw for any text; a throw fails every check that
 * needs the classification, as a failing classifier does.
 */
@FunctionalInterface
public interface ClassificationRule {

    /**
     * The classification the checks should see, or empty to keep the classifier's {@code reading}. May read
     * the examination's subject, {@link Examination#foldedText()} and {@link Examination#signature()}; must
     * not ask for its classification (that is being made).
     */
    Optional<Classification> revise(Classification reading, Examination examination);
}
