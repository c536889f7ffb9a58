package org.quietline.server.optout;

import java.time.InstantSource;
import org.quietline.consent.ConsentRegister;
import org.quietline.consent.OwnMessages;
import org.quietline.optout.InMemoryRecentSenders;
import org.quietline.optout.OptOutDesk;
import org.quietline.optout.OptOutSettings;
import org.quietline.optout.RecentSenders;
import org.quietline.server.security.AccessRules;
import org.quietline.server.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * The opt-out desk of the platform. Recent senders are kept in memory: after a restart a reply resolves to
 * its whole port (the widest safe scope) until new messages arrive, which loses no refusal.
 */
@Configuration(proxyBeanMethods = false)
class OptOutConfiguration {

    @Bean
    RecentSenders recentSenders() {
        return new InMemoryRecentSenders();
    }

    @Bean
    OptOutDesk optOutDesk(ConsentRegister register, RecentSenders recent, ConfirmationOutbox outbox, OwnMessages own,
                          InstantSource clock) {
        return new OptOutDesk(register, recent, outbox, own, clock, OptOutSettings.DEFAULTS);
    }

    /** Platforms (and the SMPP proxy's operators) hand subscribers' replies over. */
    @Bean
    AccessRules optOutRules() {
        return rules -> rules.requestMatchers(HttpMethod.POST, "/api/v1/mo")
                .hasAnyRole(Role.PLATFORM.name(), Role.OPERATOR.name());
    }
}
