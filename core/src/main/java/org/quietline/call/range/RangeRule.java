package org.quietline.call.range;

import java.time.LocalDate;

/**
 * A way of choosing which number ranges to flag from the reports seen so far: Quietline's forecast
 * ({@link RangeForecaster}) and the baselines it is measured against ({@link ExactBlacklist},
 * {@link PhoneBlockRule}, {@link BlockThreshold}). Implementations are immutable and thread-safe.
 */
public interface RangeRule {

    /** A short name for tables, such as {@code quietline}. */
    String name();

    /**
     * The ranges to flag from the rows of {@code reports} dated up to and including {@code asOf}, most
     * confident first, covering at most {@code budget} numbers together.
     */
    FlaggedRanges flag(ReportTable reports, LocalDate asOf, long budget);
}
