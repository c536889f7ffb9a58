package org.quietline.classify.training;

/** Told how far a training run has come, so that a command line can draw a progress bar. */
@FunctionalInterface
public interface TrainingProgress {

    /** Progress that nobody watches. */
    TrainingProgress NONE = (done, total, stage) -> { };

    /**
     * {@code done} of {@code total} steps of {@code stage} are finished. Called from the training thread,
     * at most a few hundred times per run.
     */
    void advanced(long done, long total, String stage);
}
