package org.quietline.server.security;

import jakarta.servlet.DispatcherType;
import java.time.InstantSource;
import java.util.List;
import org.quietline.server.api.ProblemWriter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * Stateless API-key security: no sessions, no cookies (so no CSRF token), no login pages. Health and
 * the OpenAPI description are open; everything else needs a key whose role a feature's
 * {@link AccessRules} allow; what no rule names needs ADMIN.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    ApiKeyStore apiKeyStore(JdbcClient jdbc) {
        return new JdbcApiKeyStore(jdbc);
    }

    @Bean
    ApiKeys apiKeys(ApiKeyStore store, InstantSource clock) {
        return new ApiKeys(store, clock);
    }

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role(Role.ADMIN.name()).implies(Role.OPERATOR.name(), Role.PLATFORM.name(),
                        Role.SUBSCRIBER.name(), Role.REGULATOR.name())
                .build();
    }

    @Bean
    AccessRules platformAccess() {
        return rules -> rules
                .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                .requestMatchers("/v3/api-docs", "/v3/api-docs/**").permitAll()
                .requestMatchers("/actuator/prometheus").hasRole(Role.OPERATOR.name());
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http, ApiKeys keys, ProblemWriter problems, List<AccessRules> features)
            throws Exception {
        Unauthenticated answers = new Unauthenticated(problems);
        http.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .httpBasic(b -> b.disable())
                .formLogin(f -> f.disable())
                .logout(l -> l.disable())
                .requestCache(c -> c.disable())
                .anonymous(a -> { })
                .exceptionHandling(e -> e.authenticationEntryPoint(answers).accessDeniedHandler(answers))
                .addFilterBefore(new BearerKeyFilter(keys, problems), AuthorizationFilter.class)
                .authorizeHttpRequests(rules -> {
                    rules.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll();
                    rules.requestMatchers("/error").permitAll();
                    features.forEach(f -> f.declare(rules));
                    rules.anyRequest().hasRole(Role.ADMIN.name());
                });
        return http.build();
    }
}
