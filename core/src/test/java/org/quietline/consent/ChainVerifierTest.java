package org.quietline.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quietline.consent.Fixtures.ALICE;
import static org.quietline.consent.Fixtures.BOB;
import static org.quietline.consent.Fixtures.MALL;
import static org.quietline.consent.Fixtures.SHOP;
import static org.quietline.consent.Fixtures.T0;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ChainVerifierTest {

    private final InMemoryConsentLedger ledger = new InMemoryConsentLedger();

    @BeforeEach
    void fiveEntries() {
        ledger.append(ALICE, T0, List.of(Change.given(SHOP, Scope.SERVICE, Source.ORDER, "order 1"),
                Change.given(SHOP, Scope.MARKETING, Source.SIGNUP, "form 2"),
                Change.given(MALL, Scope.SERVICE, Source.ORDER, "order 3")), Optional.empty());
        ledger.append(ALICE, T0.plusSeconds(60), List.of(Change.withdrawn(new Party.Merchant(SHOP), Source.REPLY,
                "reply td"), Change.violation(new Party.Merchant(SHOP), "marketing after refusal")), Optional.empty());
    }

    @Test
    void anUntouchedChainIsIntactAndNamesItsHead() {
        List<LedgerEntry> history = ledger.history(ALICE);
        assertThat(ChainVerifier.verify(history)).isEqualTo(new ChainVerifier.Intact(5, history.getLast().hash()));
    }

    @Test
    void anEmptyLedgerIsIntactAtGenesis() {
        assertThat(ChainVerifier.verify(List.of())).isEqualTo(new ChainVerifier.Intact(0, LedgerEntry.GENESIS));
    }

    @Test
    void anEditedRowIsTheFirstBrokenLink() {
        LedgerEntry third = ledger.history(ALICE).get(2);
        ledger.tamper(ALICE, 2, new LedgerEntry(ALICE, 3, third.at(), Change.given(MALL, Scope.MARKETING, Source.ORDER,
                "order 3"), third.previousHash(), third.hash()));
        assertThat(ChainVerifier.verify(ledger.history(ALICE))).isInstanceOfSatisfying(ChainVerifier.Broken.class,
                b -> assertThat(b.seq()).isEqualTo(3));
    }

    @Test
    void anEditedRowWithARecomputedHashBreaksTheNextLink() {
        LedgerEntry third = ledger.history(ALICE).get(2);
        LedgerEntry forged = LedgerEntry.link(ALICE, Optional.of(ledger.history(ALICE).get(1)), third.at(),
                Change.given(MALL, Scope.MARKETING, Source.ORDER, "order 3"));
        ledger.tamper(ALICE, 2, forged);
        assertThat(ChainVerifier.verify(ledger.history(ALICE))).isInstanceOfSatisfying(ChainVerifier.Broken.class,
                b -> assertThat(b.seq()).isEqualTo(4));
    }

    @Test
    void aRemovedRowIsFound() {
        List<LedgerEntry> gapped = new ArrayList<>(ledger.history(ALICE));
        gapped.remove(3);
        assertThat(ChainVerifier.verify(gapped)).isInstanceOfSatisfying(ChainVerifier.Broken.class,
                b -> assertThat(b.seq()).isEqualTo(4));
    }

    @Test
    void aRowMovedFromAnotherSubscriberDoesNotFit() {
        ledger.append(BOB, T0, List.of(Change.given(SHOP, Scope.SERVICE, Source.ORDER, "order 1")), Optional.empty());
        LedgerEntry bobs = ledger.history(BOB).getFirst();
        List<LedgerEntry> mixed = new ArrayList<>(ledger.history(ALICE));
        mixed.set(0, new LedgerEntry(ALICE, 1, bobs.at(), bobs.change(), bobs.previousHash(), bobs.hash()));
        assertThat(ChainVerifier.verify(mixed).intact()).isFalse();
    }

    private static ChainVerifier.Row row(LedgerEntry e) {
        Change c = e.change();
        return new ChainVerifier.Row(e.subscriber().e164(), e.seq(), e.at(), c.kind().name(), c.party().canonical(),
                c.scope().name(), c.source().name(), c.evidence(), e.previousHash(), e.hash());
    }

    @Test
    void rawRowsVerifyLikeEntries() {
        List<ChainVerifier.Row> rows = ledger.history(ALICE).stream().map(ChainVerifierTest::row).toList();
        assertThat(ChainVerifier.verifyRows(rows)).isEqualTo(ChainVerifier.verify(ledger.history(ALICE)));
    }

    @Test
    void aRowWhoseKindWasOverwrittenWithNonsenseIsABrokenLink() {
        List<ChainVerifier.Row> rows = new ArrayList<>(ledger.history(ALICE).stream().map(ChainVerifierTest::row).toList());
        ChainVerifier.Row r = rows.get(3);
        rows.set(3, new ChainVerifier.Row(r.subscriber(), r.seq(), r.at(), "NONSENSE", r.party(), r.scope(), r.source(),
                r.evidence(), r.previousHash(), r.hash()));
        assertThat(ChainVerifier.verifyRows(rows)).isInstanceOfSatisfying(ChainVerifier.Broken.class,
                b -> assertThat(b.seq()).isEqualTo(4));
    }
}
