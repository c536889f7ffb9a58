package org.quietline.server.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Which roles may call a feature's endpoints. Each feature declares its own rules as a Spring bean of
 * this type next to its controller, so that adding an endpoint does not mean editing the security
 * configuration. A request that no rule matches needs the ADMIN role (fail closed). ADMIN implies every
 * other role, so rules name the least role that may call.
 *
 * <pre>{@code
 * @Bean
 * AccessRules optOutAccess() {
 *     return rules -> rules.requestMatchers(HttpMethod.POST, "/api/v1/opt-outs").hasAnyRole("PLATFORM", "SUBSCRIBER");
 * }
 * }</pre>
 */
@FunctionalInterface
public interface AccessRules {

    /** Adds this feature's request matchers and the roles they need. */
    void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules);
}
