package org.quietline.call.behaviour;

import java.time.Duration;
import java.util.Objects;

/**
 * What the behaviour book keeps. Immutable.
 *
 * @param window      how far back a caller's calls count (whole hours, at most 7 days)
 * @param shortCall   an answered call shorter than this is short
 * @param calleeCap   how many distinct callees are tracked per caller (beyond: counted as the cap)
 */
public record BehaviourSettings(Duration window, Duration shortCall, int calleeCap) {

    /** Shipped defaults: a day's calls, 10 s short calls, 256 distinct callees tracked. */
    public static final BehaviourSettings DEFAULTS = new BehaviourSettings(Duration.ofHours(24), Duration.ofSeconds(10), 256);

    /** Validates. */
    public BehaviourSettings {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(shortCall, "shortCall");
        if (window.toHours() < 1 || window.toHours() > 168) {
            throw new IllegalArgumentException("the behaviour window is 1 to 168 hours, was " + window);
        }
        if (calleeCap < 8 || calleeCap > 65_536) {
            throw new IllegalArgumentException("the callee cap is 8 to 65536, was " + calleeCap);
        }
    }

    int hours() {
        return (int) window.toHours();
    }
}
