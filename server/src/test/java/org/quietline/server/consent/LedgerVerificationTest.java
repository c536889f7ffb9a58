package org.quietline.server.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.quietline.consent.Change;
import org.quietline.consent.MerchantId;
import org.quietline.consent.Party;
import org.quietline.consent.Scope;
import org.quietline.consent.Source;
import org.quietline.number.PhoneNumber;
import org.quietline.server.database.OnEveryDatabase;
import org.quietline.server.database.TestDatabase;

/** {@code ledger verify} on a real database whose rows are tampered with by SQL, as an insider would. */
@OnEveryDatabase
class LedgerVerificationTest {

    private static final PhoneNumber ALICE = PhoneNumber.parse("13912345678");
    private static final PhoneNumber BOB = PhoneNumber.parse("13812345678");
    private static final MerchantId SHOP = new MerchantId("shop");

    @Parameter
    TestDatabase database;

    @BeforeEach
    void twoLedgers() {
        JdbcConsentLedger ledger = new JdbcConsentLedger(database.jdbc(), database.transactions());
        Instant t = Instant.parse("2026-11-11T00:00:00Z");
        ledger.append(ALICE, t, List.of(Change.given(SHOP, Scope.SERVICE, Source.ORDER, "order 1"),
                Change.given(SHOP, Scope.MARKETING, Source.SIGNUP, "form"),
                Change.withdrawn(new Party.Merchant(SHOP), Source.REPLY, "reply td")), Optional.empty());
        ledger.append(BOB, t, List.of(Change.given(SHOP, Scope.SERVICE, Source.ORDER, "order 2")), Optional.empty());
    }

    private String verify(int expectedExit) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = LedgerCommand.verify(database.dataSource(), Optional.empty(), new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(exit).as(out.toString(StandardCharsets.UTF_8)).isEqualTo(expectedExit);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void untouchedLedgersAreIntact() {
        assertThat(verify(0)).contains("2 ledgers, 4 entries, every chain intact");
    }

    @Test
    void aRefusalTurnedIntoAServiceRowIsTheFirstBrokenLink() {
        database.jdbc().sql("update consent_ledger set scope = 'SERVICE' where subscriber = ? and seq = 3")
                .param(ALICE.e164()).update();
        assertThat(verify(1)).contains("139****5678  BROKEN at #3").contains("1 broken").doesNotContain(ALICE.e164());
    }

    @Test
    void aDeletedRefusalIsFound() {
        database.jdbc().sql("delete from consent_ledger where subscriber = ? and seq = 2").param(ALICE.e164()).update();
        assertThat(verify(1)).contains("BROKEN at #2");
    }

    @Test
    void aRowOverwrittenWithNonsenseIsReportedNotFatal() {
        database.jdbc().sql("update consent_ledger set kind = 'NONSENSE', party = '?' where subscriber = ? and seq = 1")
                .param(ALICE.e164()).update();
        assertThat(verify(1)).contains("BROKEN at #1");
    }
}
