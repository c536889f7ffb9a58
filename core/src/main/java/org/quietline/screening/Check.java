package org.quietline.screening;

/**
 * Looks at a screening subject and reports what it sees as findings. A check never decides how much a
 * finding weighs or what happens; the policy does. Implementations are thread-safe, fast (they run on
 * every message) and do not block on I/O in the hot path; what they need from stores comes through ports.
 */
public interface Check {

    /** A stable name for metrics, timings and failure reports, such as {@code content}. */
    String name();

    /** Reports findings on {@code examination}; reports nothing when nothing matched. */
    void inspect(Examination examination);
}
