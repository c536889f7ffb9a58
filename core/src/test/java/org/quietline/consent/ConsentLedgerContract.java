package org.quietline.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quietline.consent.Fixtures.ALICE;
import static org.quietline.consent.Fixtures.BOB;
import static org.quietline.consent.Fixtures.SHOP;
import static org.quietline.consent.Fixtures.T0;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ConsentLedger} does, written once and run against each implementation (in memory here;
 * JDBC on H2 and PostgreSQL in the server). An implementation's test implements {@link #ledger()} with a
 * fresh, empty ledger.
 */
public interface ConsentLedgerContract {

    /** A fresh, empty ledger. */
    ConsentLedger ledger();

    @Test
    default void theFirstEntryLinksToGenesisAndTheNextToIt() {
        ConsentLedger ledger = ledger();
        LedgerEntry first = ledger.append(ALICE, T0, List.of(Change.given(SHOP, Scope.SERVICE, Source.ORDER, "order 1")),
                Optional.empty()).getFirst();
        LedgerEntry second = ledger.append(ALICE, T0.plusSeconds(1), List.of(Change.withdrawn(
                new Party.Merchant(SHOP), Source.REPLY, "reply td")), Optional.empty()).getFirst();
        assertThat(first.seq()).isEqualTo(1);
        assertThat(first.previousHash()).isEqualTo(LedgerEntry.GENESIS);
        assertThat(second.seq()).isEqualTo(2);
        assertThat(second.previousHash()).isEqualTo(first.hash());
    }

    @Test
    default void historyGivesBackWhatWasAppendedInOrderAndIntact() {
        ConsentLedger ledger = ledger();
        ledger.append(ALICE, T0, List.of(Change.given(SHOP, Scope.SERVICE, Source.ORDER, "order 1"),
                Change.given(SHOP, Scope.MARKETING, Source.SIGNUP, "form 7")), Optional.empty());
        ledger.append(ALICE, T0.plusSeconds(5), List.of(Change.withdrawn(new Party.Via(Fixtures.SHARED_PORT),
                Source.REPLY, "reply t")), Optional.empty());
        List<LedgerEntry> history = ledger.history(ALICE);
        assertThat(history).extracting(e -> e.change().kind()).containsExactly(Change.Kind.GIVEN, Change.Kind.GIVEN,
                Change.Kind.WITHDRAWN);
        assertThat(history.get(2).change().party()).isEqualTo(new Party.Via(Fixtures.SHARED_PORT));
        assertThat(ChainVerifier.verify(history).intact()).isTrue();
    }

    @Test
    default void aSubscriberWithoutEntriesHasAnEmptyHistory() {
        assertThat(ledger().history(BOB)).isEmpty();
    }

    @Test
    default void eachSubscriberHasAChainOfItsOwn() {
        ConsentLedger ledger = ledger();
        ledger.append(ALICE, T0, List.of(Change.given(SHOP, Scope.SERVICE, Source.ORDER, "a")), Optional.empty());
        LedgerEntry bobs = ledger.append(BOB, T0, List.of(Change.given(SHOP, Scope.SERVICE, Source.ORDER, "b")),
                Optional.empty()).getFirst();
        assertThat(bobs.seq()).isEqualTo(1);
        assertThat(ledger.subscribers()).containsExactlyInAnyOrder(ALICE, BOB);
    }

    @Test
    default void aReceiptIsStoredWithTheEntriesEvenWhenThereAreNone() {
        ConsentLedger ledger = ledger();
        ledger.append(ALICE, T0, List.of(), Optional.of(new Receipt("mo:1", T0, "HELP")));
        assertThat(ledger.receipt("mo:1")).contains(new Receipt("mo:1", T0, "HELP"));
        assertThat(ledger.receipt("mo:2")).isEmpty();
        assertThat(ledger.history(ALICE)).isEmpty();
    }

    @Test
    default void timesAreKeptToTheMillisecond() {
        ConsentLedger ledger = ledger();
        ledger.append(ALICE, T0.plusNanos(123_456_789), List.of(Change.given(SHOP, Scope.SERVICE, Source.ORDER, "a")),
                Optional.empty());
        assertThat(ledger.history(ALICE).getFirst().at()).isEqualTo(T0.plusMillis(123));
    }

    @Test
    default void replayHandsOverEveryEntry() {
        ConsentLedger ledger = ledger();
        ledger.append(ALICE, T0, List.of(Change.given(SHOP, Scope.SERVICE, Source.ORDER, "a")), Optional.empty());
        ledger.append(BOB, T0, List.of(Change.given(SHOP, Scope.SERVICE, Source.ORDER, "b"),
                Change.given(SHOP, Scope.MARKETING, Source.ORDER, "b")), Optional.empty());
        List<LedgerEntry> all = new ArrayList<>();
        ledger.replay(all::add);
        assertThat(all).hasSize(3);
    }

    @Test
    default void concurrentAppendsThroughTheRegisterNeverForkAChain() throws Exception {
        ConsentRegister register = new ConsentRegister(ledger());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 25; i++) {
                        register.record(ALICE, T0, Change.given(SHOP, Scope.SERVICE, Source.ORDER, thread + "/" + i));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(ChainVerifier.verify(register.history(ALICE)))
                .isEqualTo(new ChainVerifier.Intact(100, register.history(ALICE).getLast().hash()));
    }
}
