package org.quietline.server.consent;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.quietline.consent.ChainVerifier;
import org.quietline.consent.Holder;
import org.quietline.consent.LedgerEntry;
import org.quietline.consent.Party;
import org.quietline.number.PhoneNumber;

/**
 * A subscriber's ledger as the API answers it: who holds the number, since when, from what, for what, every
 * change, and the chain's head hash with the result of verifying it. The subscriber's right of access: the
 * export is this same document as a file.
 *
 * @param subscriber   the number, E.164
 * @param holders      one line per merchant (or sender, or everyone) the ledger mentions
 * @param doNotDisturb whether the subscriber refused marketing from everyone
 * @param entries      every event, oldest first
 * @param chain        the verification of the chain
 * @param headHash     the last entry's hash: keep it to show later that the ledger still ends there
 */
record LedgerView(String subscriber, List<HolderView> holders, boolean doNotDisturb, List<EntryView> entries,
                  ChainView chain, String headHash) {

    record HolderView(String party, String kind, Instant since, List<String> sources, Map<String, String> scopes,
                      int violations, Instant lastChange) {
    }

    record EntryView(long seq, Instant at, String kind, String party, String scope, String source, String evidence,
                     String previousHash, String hash) {
    }

    record ChainView(boolean intact, int entries, Optional<Long> brokenAt, Optional<String> problem) {
    }

    static LedgerView of(PhoneNumber subscriber, List<LedgerEntry> ledger, boolean doNotDisturb) {
        ChainVerifier.Result result = ChainVerifier.verify(ledger);
        ChainView chain = switch (result) {
            case ChainVerifier.Intact i -> new ChainView(true, i.entries(), Optional.empty(), Optional.empty());
            case ChainVerifier.Broken b -> new ChainView(false, ledger.size(), Optional.of(b.seq()),
                    Optional.of(b.problem()));
        };
        List<HolderView> holders = Holder.of(ledger).stream().map(h -> new HolderView(name(h.party()),
                kind(h.party()), h.since(), h.sources().stream().map(Enum::name).sorted().toList(),
                new TreeMap<>(h.scopes().entrySet().stream().collect(java.util.stream.Collectors.toMap(
                        e -> e.getKey().name(), e -> e.getValue().name()))), h.violations(), h.lastChange())).toList();
        List<EntryView> entries = ledger.stream().map(e -> new EntryView(e.seq(), e.at(), e.change().kind().name(),
                e.change().party().canonical(), e.change().scope().name(), e.change().source().name(),
                e.change().evidence(), e.previousHash(), e.hash())).toList();
        return new LedgerView(subscriber.e164(), holders, doNotDisturb, entries, chain,
                ledger.isEmpty() ? LedgerEntry.GENESIS : ledger.getLast().hash());
    }

    private static String name(Party p) {
        return switch (p) {
            case Party.Merchant m -> m.id().value();
            case Party.Via v -> v.sender().masked();
            case Party.Everyone e -> "*";
        };
    }

    private static String kind(Party p) {
        return switch (p) {
            case Party.Merchant m -> "merchant";
            case Party.Via v -> "sender";
            case Party.Everyone e -> "everyone";
        };
    }
}
