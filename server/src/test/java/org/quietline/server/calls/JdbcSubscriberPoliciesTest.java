package org.quietline.server.calls;

import org.junit.jupiter.params.Parameter;
import org.quietline.call.policy.SubscriberPoliciesContract;
import org.quietline.call.policy.SubscriberPolicies;
import org.quietline.server.database.OnEveryDatabase;
import org.quietline.server.database.TestDatabase;

@OnEveryDatabase
class JdbcSubscriberPoliciesTest implements SubscriberPoliciesContract {

    @Parameter
    TestDatabase database;

    @Override
    public SubscriberPolicies policies() {
        return new JdbcSubscriberPolicies(database.jdbc());
    }
}
