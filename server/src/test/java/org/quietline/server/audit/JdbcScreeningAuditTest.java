package org.quietline.server.audit;

import org.junit.jupiter.params.Parameter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.quietline.server.database.OnEveryDatabase;
import org.quietline.server.database.TestDatabase;

@OnEveryDatabase
class JdbcScreeningAuditTest implements ScreeningAuditContract {

    @Parameter
    TestDatabase database;

    @Override
    public ScreeningAudit audit() {
        return new JdbcScreeningAudit(new JdbcTemplate(database.dataSource()), database.transactions());
    }
}
