package org.quietline.call.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quietline.call.CallLabel;
import org.quietline.call.NumberPattern;
import org.quietline.number.PhoneNumber;

/** What every {@link SubscriberPolicies} store does; run by the in-memory and the JDBC store. */
public interface SubscriberPoliciesContract {

    /** A fresh, empty store. */
    SubscriberPolicies policies();

    PhoneNumber MOTHER = PhoneNumber.parse("13912345678");

    @Test
    default void givesBackWhatWasSavedWholly() {
        SubscriberPolicies store = policies();
        SubscriberPolicy p = new SubscriberPolicy(MOTHER, EnumSet.of(CallLabel.SALES, CallLabel.FRAUD), EnumSet.of(CallLabel.COURIER),
                List.of(NumberPattern.parse("1380013****"), NumberPattern.parse("0571-8888*")),
                List.of(NumberPattern.parse("+8613511112222")),
                List.of(new QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0), ZoneId.of("Asia/Shanghai"))), true, 3);

        assertThat(store.save(p)).isTrue();

        assertThat(store.policyOf(MOTHER)).contains(p);
    }

    @Test
    default void hasNoPolicyForAStranger() {
        assertThat(policies().policyOf(PhoneNumber.parse("13800138000"))).isEmpty();
    }

    @Test
    default void refusesAStaleVersion() {
        SubscriberPolicies store = policies();
        SubscriberPolicy v2 = SubscriberPolicy.strict(MOTHER, ZoneId.of("Asia/Shanghai")).allow(NumberPattern.parse("13511112222"));
        store.save(v2);

        assertThat(store.save(SubscriberPolicy.strict(MOTHER, ZoneId.of("Asia/Shanghai")))).isFalse();
        assertThat(store.policyOf(MOTHER)).contains(v2);
    }

    @Test
    default void aNewerVersionReplacesTheOlder() {
        SubscriberPolicies store = policies();
        SubscriberPolicy v1 = SubscriberPolicy.strict(MOTHER, ZoneId.of("Asia/Shanghai"));
        store.save(v1);
        SubscriberPolicy v2 = v1.blockPattern(NumberPattern.parse("400*"));

        assertThat(store.save(v2)).isTrue();
        assertThat(store.policyOf(MOTHER)).contains(v2);
    }
}
