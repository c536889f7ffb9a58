package org.quietline.call.guardian;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.quietline.screening.Action;

/**
 * What a guardian is told about a ward's calls: how many did not ring through since when, by kind, and the
 * latest of them with an id to allow the caller in one step. Callers are masked.
 *
 * @param ward    the ward's number, masked
 * @param since   the start of the digest
 * @param stopped calls that did not ring through
 * @param byWhy   those calls per label (or reason when unlabelled)
 * @param latest  the latest of them
 */
public record Digest(String ward, Instant since, int stopped, Map<String, Integer> byWhy, List<Entry> latest) {

    /** Copies; rejects nulls. */
    public Digest {
        Objects.requireNonNull(ward, "ward");
        Objects.requireNonNull(since, "since");
        byWhy = Map.copyOf(byWhy);
        latest = List.copyOf(latest);
    }

    /**
     * One stopped call.
     *
     * @param id     the journal id: {@code allow} it to let this caller through from now on
     * @param caller the caller, masked
     * @param at     when
     * @param action what happened
     * @param why    the label shown, or the reason
     */
    public record Entry(long id, String caller, Instant at, Action action, String why) {
    }
}
