package org.quietline.server.screening;

import org.quietline.server.security.AccessRules;
import org.quietline.server.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** Who may screen: platforms (and operators, who test their policy; ADMIN implies both). */
@Configuration(proxyBeanMethods = false)
class ScreeningAccess {

    @Bean
    AccessRules screeningRules() {
        return rules -> rules.requestMatchers(HttpMethod.POST, "/api/v1/screenings")
                .hasAnyRole(Role.PLATFORM.name(), Role.OPERATOR.name());
    }
}
