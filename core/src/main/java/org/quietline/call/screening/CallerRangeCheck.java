package org.quietline.call.screening;

import java.util.Set;
import org.quietline.call.range.FlaggedRange;
import org.quietline.call.range.RangeWatch;
import org.quietline.number.PhoneNumber;
import org.quietline.screening.Check;
import org.quietline.screening.Examination;

/**
 * Reports {@code CALLER_RANGE_FLAGGED} when the calling number lies in a range the forecast flagged:
 * a range where numbers not reported yet are expected to be reported soon. Thread-safe.
 */
public final class CallerRangeCheck implements Check {

    /** The check's name. */
    public static final String NAME = "caller-range";

    private final RangeWatch ranges;

    /** Reads the ranges from {@code ranges}. */
    public CallerRangeCheck(RangeWatch ranges) {
        this.ranges = ranges;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> signals() {
        return Set.of("CALLER_RANGE_FLAGGED");
    }

    @Override
    public void inspect(Examination examination) {
        if (examination.subject().sender() instanceof PhoneNumber caller) {
            ranges.covering(caller).map(FlaggedRange::range).ifPresent(r ->
                    examination.report("CALLER_RANGE_FLAGGED", "range " + r + " (" + r.size() + " numbers) is flagged"));
        }
    }
}
