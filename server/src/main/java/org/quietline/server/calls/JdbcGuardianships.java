package org.quietline.server.calls;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.quietline.call.guardian.Guardianship;
import org.quietline.call.guardian.Guardianships;
import org.quietline.number.PhoneNumber;
import org.quietline.server.database.SqlTime;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Guardianships in the database (table {@code call_guardianship}, migration V40). Thread-safe. */
public final class JdbcGuardianships implements Guardianships {

    private final JdbcClient jdbc;

    /** A store behind {@code jdbc}. */
    public JdbcGuardianships(JdbcClient jdbc) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
    }

    @Override
    public void add(Guardianship g) {
        try {
            jdbc.sql("insert into call_guardianship (guardian, ward, since) select ?, ?, ? where not exists"
                            + " (select 1 from call_guardianship where guardian = ? and ward = ?)")
                    .params(g.guardian(), g.ward().e164(), SqlTime.of(g.since()), g.guardian(), g.ward().e164()).update();
        } catch (DuplicateKeyException raced) {
            // the same guardianship was added concurrently: it is there, which is all that was asked
        }
    }

    @Override
    public Optional<Guardianship> find(String guardian, PhoneNumber ward) {
        return jdbc.sql("select guardian, ward, since from call_guardianship where guardian = ? and ward = ?")
                .params(guardian, ward.e164())
                .query((rs, n) -> new Guardianship(rs.getString(1), PhoneNumber.parse(rs.getString(2)), SqlTime.instant(rs, "since")))
                .optional();
    }

    @Override
    public List<Guardianship> wardsOf(String guardian) {
        return jdbc.sql("select guardian, ward, since from call_guardianship where guardian = ? order by since, ward")
                .param(guardian)
                .query((rs, n) -> new Guardianship(rs.getString(1), PhoneNumber.parse(rs.getString(2)), SqlTime.instant(rs, "since")))
                .list();
    }
}
