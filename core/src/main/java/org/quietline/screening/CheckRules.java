package org.quietline.screening;

import java.time.Duration;
import java.util.Objects;

/**
 * How the engine runs one check: its time budget and what happens when it throws or overruns.
 *
 * @param budget    the longest the check may take on one subject
 * @param onFailure what a failure means for the verdict
 */
public record CheckRules(Duration budget, FailureMode onFailure) {

    /** Rejects nulls. */
    public CheckRules {
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(onFailure, "onFailure");
    }
}
