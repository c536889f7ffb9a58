package org.quietline.server.security;

import org.junit.jupiter.params.Parameter;
import org.quietline.server.database.OnEveryDatabase;
import org.quietline.server.database.TestDatabase;

@OnEveryDatabase
class JdbcApiKeyStoreTest implements ApiKeyStoreContract {

    @Parameter
    TestDatabase database;

    @Override
    public ApiKeyStore store() {
        return new JdbcApiKeyStore(database.jdbc());
    }
}
