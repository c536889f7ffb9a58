package org.quietline.server.calls;

import org.junit.jupiter.params.Parameter;
import org.quietline.call.guardian.CallJournalContract;
import org.quietline.call.guardian.CallJournal;
import org.quietline.server.database.OnEveryDatabase;
import org.quietline.server.database.TestDatabase;

@OnEveryDatabase
class JdbcCallJournalTest implements CallJournalContract {

    @Parameter
    TestDatabase database;

    @Override
    public CallJournal journal() {
        return new JdbcCallJournal(database.jdbc());
    }
}
