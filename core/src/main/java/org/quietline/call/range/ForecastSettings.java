package org.quietline.call.range;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How {@link RangeForecaster} reads the reports. The shipped defaults were chosen on US complaints of
 * 2020 with validation splits that end before October (docs/calls.md); the October–December months that
 * the measurement reports were not used to choose them. Immutable.
 *
 * @param memory       how fast a report fades: a number first reported {@code memory} ago weighs 1/e; the
 *                     forecast also reads its ranges at half and at twice this speed
 * @param recent       the window of "numbers first reported just now"
 * @param origins      how far before the as-of day the forecast looks back to learn: at each origin it
 *                     takes the ranges as they stood then and the numbers first reported from then to the
 *                     as-of day (the forecast learns this on every run, from the reports it is given)
 * @param horizon      how far ahead the forecast looks; scales the expected counts, not the order
 * @param minReporters the distinct reporters a range needs before it can be flagged
 * @param reporterCap  the most one reporter can add to a range's measures, in numbers
 * @param levels       how many prefix lengths compete: the plan's length − 1 down to length − levels
 *                     (for US numbers: /10, /100, /1000 and /10000 blocks)
 */
public record ForecastSettings(Duration memory, Duration recent, List<Duration> origins, Duration horizon,
                               int minReporters, double reporterCap, int levels) {

    /** The shipped defaults. */
    public static final ForecastSettings DEFAULTS = new ForecastSettings(Duration.ofDays(60), Duration.ofDays(7),
            List.of(Duration.ofDays(30), Duration.ofDays(61)), Duration.ofDays(92), 2, 1.0, 4);

    /** Validates every setting, naming it in the message. */
    public ForecastSettings {
        Objects.requireNonNull(memory, "memory");
        Objects.requireNonNull(recent, "recent");
        Objects.requireNonNull(horizon, "horizon");
        origins = List.copyOf(Objects.requireNonNull(origins, "origins"));
        requireDays("memory", memory);
        requireDays("recent", recent);
        requireDays("horizon", horizon);
        if (origins.isEmpty()) {
            throw new IllegalArgumentException("origins must name at least one look-back");
        }
        origins.forEach(o -> requireDays("origins", o));
        if (minReporters < 1) {
            throw new IllegalArgumentException("min-reporters must be at least 1, was " + minReporters);
        }
        if (!(reporterCap > 0)) {
            throw new IllegalArgumentException("reporter-cap must be positive, was " + reporterCap);
        }
        if (levels < 1 || levels > 6) {
            throw new IllegalArgumentException("levels must be 1 to 6, was " + levels);
        }
    }

    private static void requireDays(String name, Duration d) {
        if (d.toDays() < 1) {
            throw new IllegalArgumentException(name + " must be at least one day, was " + d);
        }
    }

    /** The same settings with another memory. */
    public ForecastSettings withMemory(Duration memory) {
        return new ForecastSettings(memory, recent, origins, horizon, minReporters, reporterCap, levels);
    }

    /** The same settings with another count of distinct reporters required. */
    public ForecastSettings withMinReporters(int minReporters) {
        return new ForecastSettings(memory, recent, origins, horizon, minReporters, reporterCap, levels);
    }

    /** The same settings with other training origins. */
    public ForecastSettings withOrigins(List<Duration> origins) {
        return new ForecastSettings(memory, recent, origins, horizon, minReporters, reporterCap, levels);
    }
}
