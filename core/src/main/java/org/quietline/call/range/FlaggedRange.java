package org.quietline.call.range;

import java.util.Objects;

/**
 * One range a rule flags, with how sure the rule is. For the forecast, {@code confidence} is the expected
 * share of the range's numbers that will be reported for the first time within the forecast horizon
 * (a density, so that ranges of different sizes compare); for the baselines it is their own count.
 *
 * @param range      the block of numbers
 * @param confidence higher means surer; only the order is meaningful across rules
 */
public record FlaggedRange(NumberRange range, double confidence) {

    /** Rejects nulls. */
    public FlaggedRange {
        Objects.requireNonNull(range, "range");
    }
}
