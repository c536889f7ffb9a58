package org.quietline.consent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One party that holds (or held) a subscriber's number, as the ledger tells it: since when, from what, for
 * what and how things stand now — the subscriber's answer to "who has my number?".
 *
 * @param party      the merchant (or sender, or everyone for the do-not-disturb registry)
 * @param since      the first ledger event about it
 * @param sources    where its consents came from (ORDER, CAMPAIGN …), in the order first seen
 * @param scopes     for each scope mentioned, where it stands now
 * @param violations how many marketing attempts it made against a refusal
 * @param lastChange the time of the last event about it
 */
public record Holder(Party party, Instant since, Set<Source> sources, Map<Scope, Standing> scopes, int violations,
                     Instant lastChange) {

    /** Where one scope stands for one party. */
    public enum Standing {
        /** A consent is in force. */
        CONSENTED,
        /** Refused by the subscriber. */
        WITHDRAWN
    }

    /** Copies; rejects nulls. */
    public Holder {
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(since, "since");
        sources = Set.copyOf(sources);
        scopes = Map.copyOf(scopes);
        Objects.requireNonNull(lastChange, "lastChange");
    }

    /** Folds a subscriber's ledger (oldest first) into its holders, in the order they first appear. */
    public static List<Holder> of(List<LedgerEntry> ledger) {
        Map<Party, Builder> byParty = new LinkedHashMap<>();
        for (LedgerEntry e : ledger) {
            Change c = e.change();
            Builder b = byParty.computeIfAbsent(c.party(), p -> new Builder(p, e.at()));
            b.last = e.at();
            switch (c.kind()) {
                case GIVEN, RESUBSCRIBED -> {
                    b.scopes.put(c.scope(), Standing.CONSENTED);
                    if (c.kind() == Change.Kind.GIVEN) {
                        b.sources.add(c.source());
                    }
                }
                case WITHDRAWN -> b.scopes.put(c.scope(), Standing.WITHDRAWN);
                case VIOLATION -> b.violations++;
            }
        }
        List<Holder> out = new ArrayList<>(byParty.size());
        byParty.values().forEach(b -> out.add(new Holder(b.party, b.since, b.sources, b.scopes, b.violations, b.last)));
        return out;
    }

    private static final class Builder {
        private final Party party;
        private final Instant since;
        private final Set<Source> sources = EnumSet.noneOf(Source.class);
        private final Map<Scope, Standing> scopes = new EnumMap<>(Scope.class);
        private int violations;
        private Instant last;

        private Builder(Party party, Instant since) {
            this.party = party;
            this.since = since;
            this.last = since;
        }
    }
}
