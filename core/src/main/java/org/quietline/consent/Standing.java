package org.quietline.consent;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.quietline.number.Sender;

/**
 * A subscriber's consents and refusals in force, folded from the ledger: what screening and scrubbing read
 * on every message, so it answers from memory. Immutable; {@link #apply} returns a new standing.
 *
 * <p>Only the subscriber lifts a refusal ({@link Change.Kind#RESUBSCRIBED}): a consent a merchant records
 * later (an order, an import) does not, so that a refusal cannot be laundered through a fresh import.
 */
public final class Standing {

    /** The standing of a subscriber without a ledger. */
    public static final Standing EMPTY = new Standing(Map.of(), Map.of(), List.of(), Optional.empty());

    private record Refusal(Party party, long seq, Instant since) {
    }

    private final Map<MerchantId, Long> marketingConsents;
    private final Map<MerchantId, Refusal> merchantRefusals;
    private final List<Refusal> senderRefusals;
    private final Optional<Refusal> doNotDisturb;

    private Standing(Map<MerchantId, Long> marketingConsents, Map<MerchantId, Refusal> merchantRefusals,
                     List<Refusal> senderRefusals, Optional<Refusal> doNotDisturb) {
        this.marketingConsents = marketingConsents;
        this.merchantRefusals = merchantRefusals;
        this.senderRefusals = senderRefusals;
        this.doNotDisturb = doNotDisturb;
    }

    /** The standing after {@code entry}. */
    public Standing apply(LedgerEntry entry) {
        Change c = entry.change();
        if (c.scope() != Scope.MARKETING || c.kind() == Change.Kind.VIOLATION) {
            return this;
        }
        Map<MerchantId, Long> consents = new HashMap<>(marketingConsents);
        Map<MerchantId, Refusal> byMerchant = new HashMap<>(merchantRefusals);
        List<Refusal> bySender = senderRefusals;
        Optional<Refusal> dnd = doNotDisturb;
        Refusal refusal = new Refusal(c.party(), entry.seq(), entry.at());
        switch (c.kind()) {
            case GIVEN -> consents.put(((Party.Merchant) c.party()).id(), entry.seq());
            case WITHDRAWN -> {
                switch (c.party()) {
                    case Party.Merchant m -> {
                        consents.remove(m.id());
                        byMerchant.putIfAbsent(m.id(), refusal);
                    }
                    case Party.Via v -> bySender = senderRefusals.stream().anyMatch(r -> r.party().equals(v))
                            ? senderRefusals : Stream.concat(senderRefusals.stream(), Stream.of(refusal)).toList();
                    case Party.Everyone e -> dnd = dnd.or(() -> Optional.of(refusal));
                }
            }
            case RESUBSCRIBED -> {
                switch (c.party()) {
                    case Party.Merchant m -> {
                        byMerchant.remove(m.id());
                        consents.put(m.id(), entry.seq());
                    }
                    case Party.Via v -> bySender = senderRefusals.stream().filter(r -> !r.party().equals(v)).toList();
                    case Party.Everyone e -> dnd = Optional.empty();
                }
            }
            default -> throw new IllegalStateException("unreachable: " + c.kind());
        }
        return new Standing(Map.copyOf(consents), Map.copyOf(byMerchant), bySender, dnd);
    }

    /** What the ledger says about marketing from {@code sender}, sent for {@code merchant} when that is known. */
    public Permission marketing(Sender sender, Optional<MerchantId> merchant) {
        if (doNotDisturb.isPresent()) {
            return refused(Permission.Status.DO_NOT_DISTURB, doNotDisturb.get());
        }
        if (merchant.isPresent()) {
            Refusal r = merchantRefusals.get(merchant.get());
            if (r != null) {
                return refused(Permission.Status.REFUSED, r);
            }
        }
        for (Refusal r : senderRefusals) {
            if (r.party().covers(sender, merchant)) {
                return refused(Permission.Status.REFUSED, r);
            }
        }
        Long consent = merchant.map(marketingConsents::get).orElse(null);
        return consent != null ? consented(merchant.get(), consent) : unconsented(sender, merchant);
    }

    /** The answer for marketing of {@code merchant} when nothing is refused and its consent is entry {@code seq}. */
    static Permission consented(MerchantId merchant, long seq) {
        return new Permission(Permission.Status.CONSENTED, seq, "MARKETING consent to 【" + merchant.value()
                + "】, ledger #" + seq);
    }

    /** The answer for marketing from {@code sender} for {@code merchant} when nothing is refused or consented. */
    static Permission unconsented(Sender sender, Optional<MerchantId> merchant) {
        return new Permission(Permission.Status.NO_CONSENT, 0, merchant.isPresent()
                ? "no MARKETING consent to 【" + merchant.get().value() + "】"
                : "no merchant known for sender " + sender.masked());
    }

    /** Whether nothing is refused: no do-not-disturb, no refusal of a merchant or of a sender. */
    boolean refusesNothing() {
        return doNotDisturb.isEmpty() && merchantRefusals.isEmpty() && senderRefusals.isEmpty();
    }

    /** The MARKETING consents in force, each with the ledger entry that gave it. Unmodifiable. */
    Map<MerchantId, Long> marketingConsents() {
        return marketingConsents;
    }

    /**
     * Whether {@code merchant} may send marketing now under {@code rule}, whatever sender it uses (refusals
     * of one sender are left to screening, which sees the sender). Allocation-free: scrubbing calls it for
     * every number of a list.
     */
    public boolean mayMarket(MerchantId merchant, MarketingRule rule) {
        if (doNotDisturb.isPresent() || merchantRefusals.containsKey(merchant)) {
            return false;
        }
        return rule == MarketingRule.UNLESS_REFUSED || marketingConsents.containsKey(merchant);
    }

    /** Whether the subscriber is on the do-not-disturb registry. */
    public boolean doNotDisturb() {
        return doNotDisturb.isPresent();
    }

    /** Whether a refusal of {@code party} is in force (exactly that party; no covering). */
    public boolean refuses(Party party) {
        return switch (party) {
            case Party.Merchant m -> merchantRefusals.containsKey(m.id());
            case Party.Via v -> senderRefusals.stream().anyMatch(r -> r.party().equals(v));
            case Party.Everyone e -> doNotDisturb.isPresent();
        };
    }

    /** When the refusal of exactly {@code party} took effect, if one is in force. */
    public Optional<Instant> refusedSince(Party party) {
        return switch (party) {
            case Party.Merchant m -> Optional.ofNullable(merchantRefusals.get(m.id())).map(Refusal::since);
            case Party.Via v -> senderRefusals.stream().filter(r -> r.party().equals(v)).findFirst().map(Refusal::since);
            case Party.Everyone e -> doNotDisturb.map(Refusal::since);
        };
    }

    private static Permission refused(Permission.Status status, Refusal r) {
        return new Permission(status, r.seq(), "marketing refused for " + r.party().describe() + " since " + r.since()
                + ", ledger #" + r.seq());
    }

    @Override
    public String toString() {
        return "Standing[" + marketingConsents.size() + " consents, " + merchantRefusals.size() + " merchant and "
                + senderRefusals.size() + " sender refusals, dnd " + doNotDisturb.isPresent() + "]";
    }
}
