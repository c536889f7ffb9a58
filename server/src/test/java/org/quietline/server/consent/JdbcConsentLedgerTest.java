package org.quietline.server.consent;

import org.junit.jupiter.params.Parameter;
import org.quietline.consent.ConsentLedger;
import org.quietline.consent.ConsentLedgerContract;
import org.quietline.server.database.OnEveryDatabase;
import org.quietline.server.database.TestDatabase;

@OnEveryDatabase
class JdbcConsentLedgerTest implements ConsentLedgerContract {

    @Parameter
    TestDatabase database;

    @Override
    public ConsentLedger ledger() {
        return new JdbcConsentLedger(database.jdbc(), database.transactions());
    }
}
