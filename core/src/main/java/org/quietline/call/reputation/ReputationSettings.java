package org.quietline.call.reputation;

import java.time.Duration;
import java.util.Objects;

/**
 * How reports turn into a number's score. Immutable.
 *
 * @param memory how fast a report fades: a report {@code memory} old weighs 1/e of a fresh one
 * @param window reports older than this are not counted at all
 */
public record ReputationSettings(Duration memory, Duration window) {

    /** Shipped defaults: reports fade over 90 days and are forgotten after a year. */
    public static final ReputationSettings DEFAULTS = new ReputationSettings(Duration.ofDays(90), Duration.ofDays(365));

    /** Validates. */
    public ReputationSettings {
        Objects.requireNonNull(memory, "memory");
        Objects.requireNonNull(window, "window");
        if (memory.toHours() < 1 || window.compareTo(memory) < 0) {
            throw new IllegalArgumentException("reputation memory must be at least an hour and not longer than the window");
        }
    }
}
