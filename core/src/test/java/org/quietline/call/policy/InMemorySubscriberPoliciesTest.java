package org.quietline.call.policy;

class InMemorySubscriberPoliciesTest implements SubscriberPoliciesContract {

    @Override
    public SubscriberPolicies policies() {
        return new InMemorySubscriberPolicies();
    }
}
