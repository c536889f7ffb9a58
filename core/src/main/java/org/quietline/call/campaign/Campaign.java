package org.quietline.call.campaign;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.quietline.call.CallLabel;
import org.quietline.call.range.NumberRange;

/**
 * Many caller numbers acting as one: calling overlapping victims from one range (or, for members that
 * joined by behaviour, from elsewhere) within a window. A snapshot; the detector keeps it current.
 *
 * @param id            a stable id, {@code campaign-3}
 * @param range         the range its numbers rotate through; a new number there is a member on its first call
 * @param members       distinct caller numbers seen so far
 * @param victims       distinct callees they called
 * @param calls         calls seen since it was detected (and the ones that revealed it)
 * @param firstSeen     the earliest call in the window that revealed it
 * @param lastSeen      the latest call
 * @param label         what subscribers who reported its numbers said it is, if anyone did
 * @param sampleMembers up to ten members, masked, for people
 */
public record Campaign(String id, NumberRange range, int members, int victims, long calls, Instant firstSeen,
                       Instant lastSeen, Optional<CallLabel> label, List<String> sampleMembers) {

    /** Copies the list; rejects nulls. */
    public Campaign {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(firstSeen, "firstSeen");
        Objects.requireNonNull(lastSeen, "lastSeen");
        Objects.requireNonNull(label, "label");
        sampleMembers = List.copyOf(sampleMembers);
    }

    /** Short evidence for a verdict: {@code campaign-3 in 1380013xxxx: 12 numbers, 40 victims, 装修推销}. */
    public String evidence() {
        return id + " in " + range + ": " + members + " numbers, " + victims + " victims"
                + label.map(l -> ", " + l.phrase()).orElse("");
    }
}
