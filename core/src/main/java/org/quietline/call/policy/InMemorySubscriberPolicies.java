package org.quietline.call.policy;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.quietline.number.PhoneNumber;

/** Subscriber policies in memory: for tests, benchmarks and a platform without a database. Thread-safe. */
public final class InMemorySubscriberPolicies implements SubscriberPolicies {

    private final Map<PhoneNumber, SubscriberPolicy> policies = new ConcurrentHashMap<>();

    @Override
    public Optional<SubscriberPolicy> policyOf(PhoneNumber subscriber) {
        return Optional.ofNullable(policies.get(subscriber));
    }

    @Override
    public boolean save(SubscriberPolicy policy) {
        boolean[] kept = new boolean[1];
        policies.compute(policy.subscriber(), (k, old) -> {
            kept[0] = old == null || policy.version() > old.version();
            return kept[0] ? policy : old;
        });
        return kept[0];
    }
}
