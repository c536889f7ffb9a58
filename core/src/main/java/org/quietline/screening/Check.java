package org.quietline.screening;

import java.util.Set;

/**
 * Looks at a screening subject and reports what it sees as findings. A check never decides how much a
 * finding weighs or what happens; the {@link Policy} does. Implementations are thread-safe, fast (they run
 * on every message) and do not block on I/O in the hot path; what they need from stores comes through ports.
 *
 * <p>A check runs within the time budget and under the failure mode that the policy gives it
 * ({@code checks.<name>.budget}, {@code checks.<name>.on-failure}); when it throws or overruns, its findings
 * are dropped and the engine reports {@code CHECK_FAILED} or {@code CHECK_FAILED_CLOSED} instead.
 */
public interface Check {

    /**
     * A stable lower-case name for the policy section, metrics, timings and failure reports, such as
     * {@code content}.
     */
    String name();

    /**
     * Every signal this check may report. The engine refuses to start when one of them is not in the
     * policy, and runs the check only for subjects (SMS, calls) that at least one of them applies to.
     */
    Set<String> signals();

    /**
     * Reports findings on {@code examination}; reports nothing when nothing matched. Changes no state of
     * its own (that is {@link #settled}'s job), so that a dry run ({@link Screener#preview}) leaves no trace.
     */
    void inspect(Examination examination);

    /**
     * Learns the verdict of a subject this check inspected, for checks that keep state (frequency caps
     * count what was delivered, not what was tried). Called after the verdict is made, on the same
     * thread, by {@link Screener#screen} only (never by {@link Screener#preview}); must not throw. Does
     * nothing by default.
     */
    default void settled(Examination examination, Verdict verdict) {
        // most checks keep no state
    }
}
