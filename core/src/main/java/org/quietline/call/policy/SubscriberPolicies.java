package org.quietline.call.policy;

import java.util.Optional;
import org.quietline.number.PhoneNumber;

/**
 * Where subscribers' call policies are kept (the port). Read on every screened call, so a change applies
 * to the very next call. Implementations: {@link InMemorySubscriberPolicies}, and a JDBC one in the server;
 * both pass the same contract. Thread-safe.
 */
public interface SubscriberPolicies {

    /** The policy of {@code subscriber}, if they have one. */
    Optional<SubscriberPolicy> policyOf(PhoneNumber subscriber);

    /**
     * Keeps {@code policy} as its subscriber's, unless a policy with the same or a higher version is already
     * kept (a lost update); answers whether it was kept.
     */
    boolean save(SubscriberPolicy policy);
}
