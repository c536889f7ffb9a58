package org.quietline.server.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Installs the bootstrap API key from {@code QUIETLINE_BOOTSTRAP_API_KEY} (property
 * {@code quietline.bootstrap-api-key}) at start, hashed, with the ADMIN role; with it an operator
 * creates the real keys through {@code /api/v1/api-keys}. A key that is too short stops the start.
 */
@Component
final class BootstrapKey implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(BootstrapKey.class);

    private final ApiKeys keys;
    private final String secret;

    BootstrapKey(ApiKeys keys, @Value("${quietline.bootstrap-api-key:}") String secret) {
        this.keys = keys;
        this.secret = secret;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (secret.isBlank()) {
            LOG.info("no bootstrap API key configured (QUIETLINE_BOOTSTRAP_API_KEY); existing keys stay as they are");
            return;
        }
        ApiKey key = keys.installBootstrap(secret);
        LOG.info("bootstrap API key {} (ADMIN) is active", key.id());
    }
}
