package org.quietline.server.calls;

import org.junit.jupiter.params.Parameter;
import org.quietline.call.guardian.GuardianshipsContract;
import org.quietline.call.guardian.Guardianships;
import org.quietline.server.database.OnEveryDatabase;
import org.quietline.server.database.TestDatabase;

@OnEveryDatabase
class JdbcGuardianshipsTest implements GuardianshipsContract {

    @Parameter
    TestDatabase database;

    @Override
    public Guardianships guardianships() {
        return new JdbcGuardianships(database.jdbc());
    }
}
