package org.quietline.screening.schedule;

import java.time.Instant;
import java.time.zone.ZoneRules;

/**
 * A recipient's time zone, with its offset after its last transition kept at hand: for a zone without daylight
 * saving rules (Asia/Shanghai since 1991) every instant of today's traffic lies there, so the offset
 * costs a comparison instead of {@link ZoneRules#getOffset}'s search through the zone's history.
 *
 * @param fixedFrom the epoch second from which the offset is {@code fixedOffset} for good; Long.MAX_VALUE
 *                  for zones whose rules still change the offset (daylight saving)
 */
record Zone(String name, ZoneRules rules, long fixedFrom, int fixedOffset) {

    static Zone of(String name, ZoneRules rules) {
        if (!rules.getTransitionRules().isEmpty()) {
            return new Zone(name, rules, Long.MAX_VALUE, 0);
        }
        var transitions = rules.getTransitions();
        if (transitions.isEmpty()) {
            return new Zone(name, rules, Long.MIN_VALUE, rules.getOffset(Instant.EPOCH).getTotalSeconds());
        }
        var last = transitions.get(transitions.size() - 1);
        return new Zone(name, rules, last.toEpochSecond(), last.getOffsetAfter().getTotalSeconds());
    }

    int offsetSeconds(Instant at) {
        return at.getEpochSecond() >= fixedFrom ? fixedOffset : rules.getOffset(at).getTotalSeconds();
    }
}
