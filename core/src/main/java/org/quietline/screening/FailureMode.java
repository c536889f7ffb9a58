package org.quietline.screening;

/**
 * What the engine does when a check throws or overruns its time budget: the failure becomes a reason of
 * the verdict, {@code CHECK_FAILED} or {@code CHECK_FAILED_CLOSED}. A check that threw loses what it had
 * reported (half an answer); a check that overran keeps its findings (a complete answer, only late), so a
 * GC pause never changes what a fail-open check found. See ADR 0022.
 */
public enum FailureMode {
    /** Report {@code CHECK_FAILED} and let the other checks decide (what the check would have added is lost). */
    OPEN,
    /** Report {@code CHECK_FAILED_CLOSED}, which the shipped policy forces to HOLD. */
    CLOSED
}
