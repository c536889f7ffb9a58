package org.quietline.call.policy;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A daily stretch when only wanted callers ring through, in the subscriber's time zone; it may cross
 * midnight ({@code 21:00–08:00}). Immutable.
 *
 * @param from the first minute of the quiet stretch
 * @param to   the first minute after it
 * @param zone the subscriber's time zone
 */
public record QuietHours(LocalTime from, LocalTime to, ZoneId zone) {

    /** Rejects nulls and an empty stretch. */
    public QuietHours {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(zone, "zone");
        if (from.equals(to)) {
            throw new IllegalArgumentException("quiet hours must not start and end at the same minute");
        }
    }

    /** Whether {@code at} falls in the stretch. */
    public boolean contains(Instant at) {
        LocalTime t = at.atZone(zone).toLocalTime();
        return from.isBefore(to) ? !t.isBefore(from) && t.isBefore(to) : !t.isBefore(from) || t.isBefore(to);
    }

    @Override
    public String toString() {
        return from + "–" + to + " " + zone;
    }
}
