package org.quietline.server.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.quietline.server.database.SqlTime;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** API keys in the {@code api_key} table (migration V1). Thread-safe. */
public final class JdbcApiKeyStore implements ApiKeyStore {

    private static final String COLUMNS = "id, name, role, digest, created_at, revoked_at";

    private final JdbcClient jdbc;

    /** Over {@code jdbc}, whose database has been migrated. */
    public JdbcApiKeyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(ApiKey key, KeyDigest digest) {
        try {
            jdbc.sql("insert into api_key (id, name, role, lookup, digest, created_at, revoked_at)"
                            + " values (?, ?, ?, ?, ?, ?, ?)")
                    .params(key.id(), key.name(), key.role().name(), digest.lookup(), digest.hex(),
                            SqlTime.of(key.createdAt()), SqlTime.ofNullable(key.revokedAt()))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new IllegalArgumentException("an API key with id " + key.id() + " exists", e);
        }
    }

    @Override
    public Optional<ApiKey> find(KeyDigest digest) {
        // The index narrows to (almost always) one row; the digest is then compared in constant time.
        List<Row> candidates = jdbc.sql("select " + COLUMNS + " from api_key where lookup = ?")
                .param(digest.lookup())
                .query(JdbcApiKeyStore::row)
                .list();
        return candidates.stream().filter(r -> r.digest().matches(digest)).map(Row::key).findFirst();
    }

    @Override
    public Optional<ApiKey> byId(String id) {
        return jdbc.sql("select " + COLUMNS + " from api_key where id = ?").param(id)
                .query(JdbcApiKeyStore::row).optional().map(Row::key);
    }

    @Override
    public List<ApiKey> all() {
        return jdbc.sql("select " + COLUMNS + " from api_key order by created_at, id")
                .query(JdbcApiKeyStore::row).list().stream().map(Row::key).toList();
    }

    @Override
    public boolean revoke(String id, Instant at) {
        return jdbc.sql("update api_key set revoked_at = ? where id = ? and revoked_at is null")
                .params(SqlTime.of(at), id)
                .update() == 1;
    }

    private record Row(ApiKey key, KeyDigest digest) {
    }

    private static Row row(ResultSet rs, int rowNum) throws SQLException {
        ApiKey key = new ApiKey(rs.getString("id"), rs.getString("name"), Role.valueOf(rs.getString("role")),
                SqlTime.instant(rs, "created_at"), SqlTime.optionalInstant(rs, "revoked_at"));
        return new Row(key, KeyDigest.fromHex(rs.getString("digest")));
    }
}
