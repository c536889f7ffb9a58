package org.quietline.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quietline.consent.Fixtures.ALICE;
import static org.quietline.consent.Fixtures.BOB;
import static org.quietline.consent.Fixtures.MALL;
import static org.quietline.consent.Fixtures.SHARED_PORT;
import static org.quietline.consent.Fixtures.SHOP;
import static org.quietline.consent.Fixtures.T0;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quietline.number.SenderCode;

class StandingTest {

    private final ConsentRegister register = new ConsentRegister(new InMemoryConsentLedger());

    private Permission marketing(MerchantId merchant) {
        return register.standing(ALICE).marketing(SHARED_PORT, Optional.of(merchant));
    }

    @Test
    void marketingWithoutAnyConsentHasNone() {
        assertThat(marketing(SHOP).status()).isEqualTo(Permission.Status.NO_CONSENT);
    }

    @Test
    void aServiceConsentIsNoMarketingConsent() {
        register.record(ALICE, T0, Change.given(SHOP, Scope.SERVICE, Source.ORDER, "order 1"));
        assertThat(marketing(SHOP).status()).isEqualTo(Permission.Status.NO_CONSENT);
    }

    @Test
    void aMarketingConsentAllows() {
        register.record(ALICE, T0, Change.given(SHOP, Scope.MARKETING, Source.SIGNUP, "form"));
        assertThat(marketing(SHOP)).extracting(Permission::status, Permission::seq)
                .containsExactly(Permission.Status.CONSENTED, 1L);
    }

    @Test
    void aRefusalEndsTheConsentAndNamesItsEntry() {
        register.record(ALICE, T0, Change.given(SHOP, Scope.MARKETING, Source.SIGNUP, "form"));
        register.record(ALICE, T0, Change.withdrawn(new Party.Merchant(SHOP), Source.REPLY, "td"));
        assertThat(marketing(SHOP).status()).isEqualTo(Permission.Status.REFUSED);
        assertThat(marketing(SHOP).evidence()).contains("ledger #2").doesNotContain(ALICE.e164());
        assertThat(marketing(MALL).status()).isEqualTo(Permission.Status.NO_CONSENT);
    }

    @Test
    void aConsentTheMerchantRecordsLaterDoesNotLiftARefusal() {
        register.record(ALICE, T0, Change.withdrawn(new Party.Merchant(SHOP), Source.REPLY, "td"));
        register.record(ALICE, T0, Change.given(SHOP, Scope.MARKETING, Source.IMPORT, "list 2026-11"));
        assertThat(marketing(SHOP).status()).isEqualTo(Permission.Status.REFUSED);
    }

    @Test
    void onlyTheSubscribersResubscriptionLiftsIt() {
        register.record(ALICE, T0, Change.withdrawn(new Party.Merchant(SHOP), Source.REPLY, "td"));
        register.record(ALICE, T0, Change.resubscribed(new Party.Merchant(SHOP), Source.REPLY, "恢复"));
        assertThat(marketing(SHOP).status()).isEqualTo(Permission.Status.CONSENTED);
    }

    @Test
    void doNotDisturbRefusesEveryMerchant() {
        register.record(ALICE, T0, Change.given(SHOP, Scope.MARKETING, Source.SIGNUP, "form"));
        register.record(ALICE, T0, Change.withdrawn(new Party.Everyone(), Source.REPLY, "stopall"));
        assertThat(marketing(SHOP).status()).isEqualTo(Permission.Status.DO_NOT_DISTURB);
        assertThat(marketing(MALL).status()).isEqualTo(Permission.Status.DO_NOT_DISTURB);
    }

    @Test
    void aPortRefusalCoversTheExtensionsOfThePortAndNothingElse() {
        register.record(ALICE, T0, Change.withdrawn(new Party.Via(SHARED_PORT), Source.REPLY, "t"));
        Standing s = register.standing(ALICE);
        assertThat(s.marketing(SenderCode.parse("106901234599"), Optional.empty()).status())
                .isEqualTo(Permission.Status.REFUSED);
        assertThat(s.marketing(SenderCode.parse("1069099999"), Optional.of(SHOP)).status())
                .isEqualTo(Permission.Status.NO_CONSENT);
    }

    @Test
    void scrubKeepsOnlyNumbersThatMayGetMarketingNow() {
        register.record(ALICE, T0, Change.given(SHOP, Scope.MARKETING, Source.SIGNUP, "form"));
        register.record(BOB, T0, Change.given(SHOP, Scope.MARKETING, Source.SIGNUP, "form"));
        register.record(BOB, T0, Change.withdrawn(new Party.Merchant(SHOP), Source.REPLY, "td"));
        assertThat(register.scrub(SHOP, List.of(ALICE, BOB), MarketingRule.CONSENT_REQUIRED)).containsExactly(ALICE);
        assertThat(register.scrub(MALL, List.of(ALICE, BOB), MarketingRule.CONSENT_REQUIRED)).isEmpty();
        assertThat(register.scrub(MALL, List.of(ALICE, BOB), MarketingRule.UNLESS_REFUSED))
                .containsExactly(ALICE, BOB);
    }

    @Test
    void theStandingIsRebuiltFromTheLedgerOnOpening() {
        InMemoryConsentLedger ledger = new InMemoryConsentLedger();
        new ConsentRegister(ledger).record(ALICE, T0, Change.withdrawn(new Party.Merchant(SHOP), Source.REPLY, "td"));
        assertThat(new ConsentRegister(ledger).standing(ALICE).refuses(new Party.Merchant(SHOP))).isTrue();
    }
}
