package org.quietline.server.merchant;

import java.time.InstantSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

/** The merchant registry of the platform, kept in the database. */
@Configuration(proxyBeanMethods = false)
class MerchantConfiguration {

    @Bean
    JdbcMerchantRegistry merchantRegistry(JdbcClient jdbc, TransactionOperations transactions, InstantSource clock) {
        return new JdbcMerchantRegistry(jdbc, transactions, clock);
    }
}
