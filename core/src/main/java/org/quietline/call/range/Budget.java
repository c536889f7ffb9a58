package org.quietline.call.range;

import java.util.ArrayList;
import java.util.List;

/** Cuts a ranked list of ranges to a budget of numbers. Stateless. */
final class Budget {

    private Budget() {
    }

    /** The ranges in order, skipping any that would exceed {@code budget}, while smaller ones may still fit. */
    static List<FlaggedRange> take(List<FlaggedRange> ranked, long budget) {
        List<FlaggedRange> out = new ArrayList<>();
        long used = 0;
        for (FlaggedRange r : ranked) {
            if (used + r.range().size() <= budget) {
                out.add(r);
                used += r.range().size();
            }
        }
        return out;
    }
}
