package org.quietline.call.guardian;

import org.quietline.screening.Reason;
import org.quietline.screening.Verdict;

/** What a journal entry says about why: the forcing reason, else the largest one. Stateless. */
public final class Journal {

    private Journal() {
    }

    /** The signal that explains {@code verdict} best; {@code NONE} when no reason fired. */
    public static String why(Verdict verdict) {
        return verdict.forcedBy().map(Reason::signal)
                .orElseGet(() -> verdict.reasons().isEmpty() ? "NONE" : verdict.reasons().getFirst().signal());
    }
}
