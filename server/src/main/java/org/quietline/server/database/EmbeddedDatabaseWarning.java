package org.quietline.server.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * Says loudly, once the platform is up, when it runs on the embedded H2 database (as Keycloak does in
 * its dev mode): fine for the demo and for trying Quietline, not for real traffic, which needs
 * PostgreSQL (backups, concurrent nodes, the consent ledger as evidence).
 */
@Component
final class EmbeddedDatabaseWarning implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabaseWarning.class);

    private final String url;

    EmbeddedDatabaseWarning(@Value("${spring.datasource.url:}") String url) {
        this.url = url;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        if (embedded(url)) {
            LOG.warn("""

                    ****************************************************************************************
                    *  Quietline is running on the EMBEDDED H2 DATABASE ({}).
                    *  That is for the demo, for development and for trying Quietline out — NOT for real
                    *  traffic. For production use PostgreSQL: set QUIETLINE_DB_URL (for example
                    *  jdbc:postgresql://127.0.0.1:5432/quietline), QUIETLINE_DB_USER, QUIETLINE_DB_PASSWORD.
                    ****************************************************************************************""",
                    where(url));
        }
    }

    static boolean embedded(String url) {
        return url.startsWith("jdbc:h2:");
    }

    /** The H2 URL without its settings, e.g. {@code file:/srv/quietline/data/quietline}. */
    static String where(String url) {
        String rest = url.substring("jdbc:h2:".length());
        int semicolon = rest.indexOf(';');
        return semicolon < 0 ? rest : rest.substring(0, semicolon);
    }
}
