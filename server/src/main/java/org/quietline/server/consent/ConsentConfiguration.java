package org.quietline.server.consent;

import org.quietline.consent.ConsentCheck;
import org.quietline.consent.ConsentLedger;
import org.quietline.consent.ConsentRegister;
import org.quietline.consent.MarketingRule;
import org.quietline.consent.MerchantOf;
import org.quietline.consent.OwnMessages;
import org.quietline.merchant.MerchantRegistry;
import org.quietline.optout.RecentSenders;
import org.quietline.screening.Policy;
import org.quietline.server.screening.ScreeningExtension;
import org.quietline.server.security.AccessRules;
import org.quietline.server.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The consent ledger of the platform: stored in the platform's database, its standings in memory (rebuilt from
 * the ledger at start), merchants told by the platform's registry, the marketing rule read from the policy.
 */
@Configuration(proxyBeanMethods = false)
class ConsentConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(ConsentConfiguration.class);

    @Bean
    ConsentLedger consentLedger(JdbcClient jdbc, TransactionOperations transactions) {
        return new JdbcConsentLedger(jdbc, transactions);
    }

    @Bean
    ConsentRegister consentRegister(ConsentLedger ledger) {
        long started = System.nanoTime();
        ConsentRegister register = new ConsentRegister(ledger);
        LOG.info("consent ledger opened: standings of {} subscribers rebuilt in {} ms", ledger.subscribers().size(),
                (System.nanoTime() - started) / 1_000_000);
        return register;
    }

    @Bean
    OwnMessages ownMessages() {
        return new OwnMessages();
    }

    @Bean
    MerchantOf merchantOf(ObjectProvider<MerchantRegistry> registry) {
        return MerchantOf.byRegistry(registry.getIfAvailable(MerchantRegistry::empty));
    }

    @Bean
    MarketingRule marketingRule(ObjectProvider<Policy> policy) {
        return policy.stream().findFirst().map(MarketingRule::of).orElse(MarketingRule.CONSENT_REQUIRED);
    }

    /**
     * Installs the consent check in the platform's engine: refusals, do-not-disturb and missing consents become
     * forced BLOCKs (as the policy says), what gets through is remembered for resolving replies, and attempts
     * against a refusal become violations.
     */
    @Bean
    ScreeningExtension consentScreening(ConsentRegister register, MerchantOf merchants, OwnMessages own,
                                        RecentSenders recent) {
        return builder -> builder.check(new ConsentCheck(register, merchants, own, recent));
    }

    /** Platforms record the consents their merchants collected and scrub lists; operators and regulators read ledgers. */
    @Bean
    AccessRules consentRules() {
        return rules -> rules
                .requestMatchers(HttpMethod.POST, "/api/v1/consents").hasAnyRole(Role.PLATFORM.name(), Role.OPERATOR.name())
                .requestMatchers(HttpMethod.POST, "/api/v1/scrub").hasAnyRole(Role.PLATFORM.name(), Role.OPERATOR.name())
                .requestMatchers(HttpMethod.GET, "/api/v1/subscribers/*/ledger", "/api/v1/subscribers/*/ledger/export")
                .hasAnyRole(Role.OPERATOR.name(), Role.REGULATOR.name());
    }
}
