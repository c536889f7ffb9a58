package org.quietline.optout;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.quietline.consent.Party;

/**
 * Whom a reply refers to. A reply of the "all" kind refers to every merchant. Otherwise it refers to the
 * merchants whose messages reached the subscriber from the port replied to within the window; a message
 * whose merchant could not be told adds the port itself. When nothing recent came from that port the
 * scope is unknown, which never means ignore: the reply then refers to everything sent through that port,
 * the widest scope that cannot touch another port's senders.
 *
 * @param parties whom the reply refers to, never empty
 * @param known   whether recent messages told the scope (false: the port-wide fallback)
 */
public record Resolution(List<Party> parties, boolean known) {

    /** Copies the list; rejects an empty one. */
    public Resolution {
        parties = List.copyOf(parties);
        if (parties.isEmpty()) {
            throw new IllegalArgumentException("a resolution names at least one party");
        }
    }

    /** Resolves {@code mo}, read as {@code intent}, against what recently reached its sender. */
    static Resolution of(Mo mo, Intent intent, List<Delivery> recent, Duration window) {
        Objects.requireNonNull(mo, "mo");
        if (intent == Intent.OPT_OUT_ALL) {
            return new Resolution(List.of(new Party.Everyone()), true);
        }
        Party.Via port = new Party.Via(mo.to());
        Instant since = mo.receivedAt().minus(window);
        Set<Party> parties = new LinkedHashSet<>();
        for (Delivery d : recent) {
            if (!d.at().isBefore(since) && port.covers(d.sender(), d.merchant())) {
                parties.add(d.merchant().<Party>map(Party.Merchant::new).orElse(port));
            }
        }
        return parties.isEmpty() ? new Resolution(List.of(port), false) : new Resolution(List.copyOf(parties), true);
    }

    /** The port codes that recent messages from the port replied to announced. */
    static Set<String> portCodes(Mo mo, List<Delivery> recent) {
        Party.Via port = new Party.Via(mo.to());
        Set<String> codes = new LinkedHashSet<>();
        for (Delivery d : recent) {
            if (port.covers(d.sender(), d.merchant())) {
                codes.addAll(d.replyCodes());
            }
        }
        return codes;
    }
}
