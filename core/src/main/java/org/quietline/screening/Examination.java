package org.quietline.screening;

import java.util.Optional;
import org.quietline.classify.Classification;

/**
 * One screening in progress, as the checks see it: the subject, facts computed once and shared
 * (the text's classification), and the place to report findings. Not thread-safe: one examination is
 * worked on by one thread.
 */
public interface Examination {

    /** What is being screened. */
    Subject subject();

    /** The classification of an SMS's text, computed at most once; empty for calls. */
    Optional<Classification> classification();

    /** Records a finding: {@code signal} matched with {@code strength} (0–1), because of {@code evidence}. */
    void report(String signal, double strength, String evidence);

    /** Records a plain match of strength 1. */
    default void report(String signal, String evidence) {
        report(signal, 1.0, evidence);
    }
}
