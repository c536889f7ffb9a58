package org.quietline.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quietline.consent.Fixtures.ALICE;
import static org.quietline.consent.Fixtures.MALL;
import static org.quietline.consent.Fixtures.SHOP;
import static org.quietline.consent.Fixtures.T0;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HolderTest {

    @Test
    void theLedgerTellsWhoHoldsTheNumberSinceWhenFromWhatAndForWhat() {
        ConsentRegister register = new ConsentRegister(new InMemoryConsentLedger());
        register.record(ALICE, T0, Change.given(SHOP, Scope.SERVICE, Source.ORDER, "order 1"));
        register.record(ALICE, T0.plusSeconds(60), Change.given(SHOP, Scope.MARKETING, Source.SIGNUP, "form"));
        register.record(ALICE, T0.plusSeconds(120), Change.given(MALL, Scope.MARKETING, Source.CAMPAIGN, "lottery"));
        register.record(ALICE, T0.plusSeconds(180), Change.withdrawn(new Party.Merchant(SHOP), Source.REPLY, "td"));
        register.record(ALICE, T0.plusSeconds(240), Change.violation(new Party.Merchant(SHOP), "attempt"));

        List<Holder> holders = Holder.of(register.history(ALICE));

        assertThat(holders).hasSize(2);
        Holder shop = holders.getFirst();
        assertThat(shop.party()).isEqualTo(new Party.Merchant(SHOP));
        assertThat(shop.since()).isEqualTo(T0);
        assertThat(shop.sources()).isEqualTo(Set.of(Source.ORDER, Source.SIGNUP));
        assertThat(shop.scopes()).isEqualTo(Map.of(Scope.SERVICE, Holder.Standing.CONSENTED,
                Scope.MARKETING, Holder.Standing.WITHDRAWN));
        assertThat(shop.violations()).isEqualTo(1);
        assertThat(holders.get(1).sources()).containsExactly(Source.CAMPAIGN);
    }
}
