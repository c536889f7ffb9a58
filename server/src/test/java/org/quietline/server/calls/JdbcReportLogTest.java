package org.quietline.server.calls;

import org.junit.jupiter.params.Parameter;
import org.quietline.call.reputation.ReportLogContract;
import org.quietline.call.reputation.ReportLog;
import org.quietline.server.database.OnEveryDatabase;
import org.quietline.server.database.TestDatabase;

@OnEveryDatabase
class JdbcReportLogTest implements ReportLogContract {

    @Parameter
    TestDatabase database;

    @Override
    public ReportLog log() {
        return new JdbcReportLog(database.jdbc(), database.transactions());
    }
}
