package org.quietline.server.calls;

import java.time.InstantSource;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.quietline.call.NumberPattern;
import org.quietline.call.allow.AllowEntry;
import org.quietline.call.allow.AllowKind;
import org.quietline.call.allow.AllowRegister;
import org.quietline.call.campaign.CampaignSettings;
import org.quietline.call.guardian.CallJournal;
import org.quietline.call.guardian.GuardianDesk;
import org.quietline.call.guardian.Guardianships;
import org.quietline.call.policy.SubscriberPolicies;
import org.quietline.call.reputation.ReportLog;
import org.quietline.call.shield.CallShield;
import org.quietline.server.screening.ScreeningExtension;
import org.quietline.server.security.AccessRules;
import org.quietline.server.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The call shield of the platform: reports, subscriber policies, guardianships, the call journal and the
 * allow register in the platform's database; reputation, behaviour and campaigns in memory (rebuilt from the
 * reports at start; behaviour and campaigns from the call records that arrive, ADR 0043); the call checks in
 * the one screening engine.
 */
@Configuration(proxyBeanMethods = false)
class CallsConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(CallsConfiguration.class);

    @Bean
    ReportLog callReportLog(JdbcClient jdbc, TransactionOperations transactions) {
        return new JdbcReportLog(jdbc, transactions);
    }

    @Bean
    SubscriberPolicies subscriberPolicies(JdbcClient jdbc) {
        return new JdbcSubscriberPolicies(jdbc);
    }

    @Bean
    Guardianships guardianships(JdbcClient jdbc) {
        return new JdbcGuardianships(jdbc);
    }

    @Bean
    CallJournal callJournal(JdbcClient jdbc) {
        return new JdbcCallJournal(jdbc);
    }

    /** The shipped nationwide entries and the operator's, from the database. */
    @Bean
    AllowRegister allowRegister(JdbcClient jdbc) {
        AllowRegister register = AllowRegister.shipped();
        jdbc.sql("select pattern, kind, name from call_allow_register order by pattern")
                .query((rs, n) -> new AllowEntry(NumberPattern.parse(rs.getString(1)), AllowKind.valueOf(rs.getString(2)), rs.getString(3)))
                .list().forEach(register::add);
        return register;
    }

    @Bean
    CallShield callShield(ReportLog reports, SubscriberPolicies policies, CallJournal journal, AllowRegister register,
                          InstantSource clock, @Value("${quietline.calls.range-budget:1000000}") long budget) {
        long started = System.nanoTime();
        CallShield shield = new CallShield(reports, policies, journal, register, CampaignSettings.DEFAULTS);
        shield.refreshRanges(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC), budget);
        LOG.info("call shield opened: {} reported numbers, ranges forecast, in {} ms", shield.reputation().size(),
                (System.nanoTime() - started) / 1_000_000);
        return shield;
    }

    @Bean
    GuardianDesk guardianDesk(Guardianships guardianships, SubscriberPolicies policies, CallJournal journal,
                              @Value("${quietline.calls.zone:Asia/Shanghai}") String zone) {
        return new GuardianDesk(guardianships, policies, journal, ZoneId.of(zone));
    }

    /** Puts the call checks into the platform's one engine. */
    @Bean
    ScreeningExtension callScreening(CallShield shield) {
        return shield::install;
    }

    /**
     * Subscribers (and platforms on their behalf) report numbers; switches and platforms hand over call records
     * and ask for verdicts; guardians (subscriber keys) manage their wards; operators see campaigns, keep the
     * allow register and refresh the range forecast; regulators read campaigns.
     */
    @Bean
    AccessRules callRules() {
        String platform = Role.PLATFORM.name();
        String operator = Role.OPERATOR.name();
        return rules -> rules
                .requestMatchers(HttpMethod.POST, "/api/v1/reports").hasAnyRole(Role.SUBSCRIBER.name(), platform, operator)
                .requestMatchers(HttpMethod.POST, "/api/v1/cdrs", "/api/v1/calls/screen").hasAnyRole(platform, operator)
                .requestMatchers("/api/v1/guardian/**").hasAnyRole(Role.SUBSCRIBER.name())
                .requestMatchers(HttpMethod.GET, "/api/v1/campaigns").hasAnyRole(operator, Role.REGULATOR.name())
                .requestMatchers("/api/v1/calls/allow-register", "/api/v1/calls/ranges/refresh").hasAnyRole(operator);
    }
}
