package org.quietline.server;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The Quietline platform as a Spring Boot application: the REST API, security, persistence and
 * metrics. Started by {@code quietline serve} and {@code quietline demo}; features live in sub-packages
 * of {@code org.quietline.server} and are found by component scanning.
 */
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class) // API keys only: no user store
public class QuietlineApplication {

    /**
     * Starts the platform and returns it running.
     *
     * @param properties configuration that overrides every other source (a command's own settings)
     */
    public static ConfigurableApplicationContext start(Map<String, Object> properties) {
        // As command-line arguments: the highest-ranked source, and present before logging is set up.
        String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new SpringApplication(QuietlineApplication.class).run(args);
    }
}
