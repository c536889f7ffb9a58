package org.quietline.server.audit;

import org.junit.jupiter.params.Parameter;
import org.quietline.server.database.OnEveryDatabase;
import org.quietline.server.database.TestDatabase;

@OnEveryDatabase
class JdbcScreeningAuditTest implements ScreeningAuditContract {

    @Parameter
    TestDatabase database;

    @Override
    public ScreeningAudit audit() {
        return new JdbcScreeningAudit(database.jdbc(), database.transactions());
    }
}
