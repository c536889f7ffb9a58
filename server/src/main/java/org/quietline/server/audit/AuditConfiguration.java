package org.quietline.server.audit;

import java.time.InstantSource;
import org.quietline.server.database.InstallationSecrets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

/** The audit log and the pseudonym key of the platform. */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    @Bean
    ScreeningAudit screeningAudit(JdbcOperations jdbc, TransactionOperations transactions) {
        return new JdbcScreeningAudit(jdbc, transactions);
    }

    @Bean
    Pseudonyms pseudonyms(@Value("${quietline.privacy.pseudonym-key:}") String configured, JdbcClient jdbc,
            InstantSource clock) {
        String key = configured.isBlank() ? new InstallationSecrets(jdbc, clock).secret("pseudonym-key") : configured;
        return new Pseudonyms(key);
    }
}
