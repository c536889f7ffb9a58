package org.quietline.server.database;

import java.security.SecureRandom;
import java.time.InstantSource;
import java.util.Base64;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Secrets of this installation kept in the database ({@code installation_secret}, migration V2), so
 * that every node of one installation shares them: generated on first use, the same ever after. Meant for
 * the case where the operator configured none; a secret kept beside the data protects against readers of
 * a leaked export, not against the database's own administrator. Thread-safe; safe when several nodes
 * start at once (the first insert wins, the others read it).
 */
public final class InstallationSecrets {

    private final JdbcClient jdbc;
    private final InstantSource clock;
    private final SecureRandom random = new SecureRandom();

    /** Over a migrated database. */
    public InstallationSecrets(JdbcClient jdbc, InstantSource clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The secret called {@code name}: 256 random bits in URL-safe Base64, generated the first time. */
    public String secret(String name) {
        var stored = jdbc.sql("select secret from installation_secret where name = ?").param(name)
                .query(String.class).optional();
        if (stored.isPresent()) {
            return stored.get();
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String fresh = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        try {
            jdbc.sql("insert into installation_secret (name, secret, created_at) values (?, ?, ?)")
                    .params(name, fresh, SqlTime.of(clock.instant())).update();
            return fresh;
        } catch (DuplicateKeyException e) {
            return jdbc.sql("select secret from installation_secret where name = ?").param(name)
                    .query(String.class).single();
        }
    }
}
