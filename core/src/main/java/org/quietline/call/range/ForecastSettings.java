package org.quietline.call.range;

import java.time.Duration;
import java.util.Objects;

/**
 * How {@link RangeForecaster} reads the reports. The shipped defaults were chosen on US complaints of
 * 2020 with validation splits that end before October (docs/calls.md); the October–December months that
 * the measurement reports were not used to choose them. Immutable.
 *
 * @param memory       how fast a report fades: a number first reported {@code memory} ago weighs 1/e
 * @param calibration  the most recent stretch of the reports held back to fit how scores turn into new
 *                     numbers (the forecast learns this on every run, from the reports it is given)
 * @param horizon      how far ahead the forecast looks; scales the expected counts, not the order
 * @param minReporters the distinct reporters a range needs before it can be flagged
 * @param reporterCap  the most one reporter can add to a range's score, in numbers
 * @param levels       how many prefix lengths compete: the plan's length − 1 down to length − levels
 *                     (for US numbers: /10, /100, /1000 and /10000 blocks)
 */
public record ForecastSettings(Duration memory, Duration calibration, Duration horizon, int minReporters,
                               double reporterCap, int levels) {

    /** The shipped defaults. */
    public static final ForecastSettings DEFAULTS =
            new ForecastSettings(Duration.ofDays(60), Duration.ofDays(61), Duration.ofDays(92), 2, 1.0, 4);

    /** Validates every setting, naming it in the message. */
    public ForecastSettings {
        Objects.requireNonNull(memory, "memory");
        Objects.requireNonNull(calibration, "calibration");
        Objects.requireNonNull(horizon, "horizon");
        requireDays("memory", memory);
        requireDays("calibration", calibration);
        requireDays("horizon", horizon);
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
        return new ForecastSettings(memory, calibration, horizon, minReporters, reporterCap, levels);
    }

    /** The same settings with another count of distinct reporters required. */
    public ForecastSettings withMinReporters(int minReporters) {
        return new ForecastSettings(memory, calibration, horizon, minReporters, reporterCap, levels);
    }
}
