package org.quietline.call.range;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.quietline.number.PhoneNumber;

/**
 * The ranges currently flagged, per numbering plan, as the screening of calls reads them. A forecast run
 * installs a new set for its plan; screening sees either the old or the new set, never a mix. Thread-safe.
 */
public final class RangeWatch {

    private volatile Map<NumberPlan, FlaggedRanges> current = Map.of();

    /** Installs {@code ranges} for their plan, replacing the plan's previous set. */
    public synchronized void install(FlaggedRanges ranges) {
        Map<NumberPlan, FlaggedRanges> next = new HashMap<>(current);
        next.put(ranges.plan(), ranges);
        current = Map.copyOf(next);
    }

    /** The flagged range that holds {@code number}, if one does. */
    public Optional<FlaggedRange> covering(PhoneNumber number) {
        int length = number.nationalNumber().length();
        if (length < 7 || length > 12) {
            return Optional.empty();
        }
        FlaggedRanges f = current.get(new NumberPlan(number.countryCode(), length));
        return f == null ? Optional.empty() : f.covering(number);
    }

    /** The set installed for {@code plan}, if any. */
    public Optional<FlaggedRanges> of(NumberPlan plan) {
        return Optional.ofNullable(current.get(plan));
    }
}
