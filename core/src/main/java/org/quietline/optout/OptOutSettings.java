package org.quietline.optout;

import java.time.Duration;
import java.util.Objects;

/**
 * How the opt-out desk resolves and de-duplicates replies.
 *
 * @param recentWindow    how far back a message from the port replied to still defines the reply's scope
 * @param duplicateWindow how long an identical reply (same subscriber, port and text, without an MO id)
 *                        counts as the SMSC's replay of the first
 */
public record OptOutSettings(Duration recentWindow, Duration duplicateWindow) {

    /** 30 days of recent messages; identical replies within 10 minutes are replays. */
    public static final OptOutSettings DEFAULTS = new OptOutSettings(Duration.ofDays(30), Duration.ofMinutes(10));

    /** Rejects nulls and non-positive windows, naming the setting. */
    public OptOutSettings {
        Objects.requireNonNull(recentWindow, "recentWindow");
        Objects.requireNonNull(duplicateWindow, "duplicateWindow");
        if (recentWindow.isNegative() || recentWindow.isZero()) {
            throw new IllegalArgumentException("optout.recent-window must be positive, was " + recentWindow);
        }
        if (duplicateWindow.isNegative()) {
            throw new IllegalArgumentException("optout.duplicate-window must not be negative, was " + duplicateWindow);
        }
    }
}
