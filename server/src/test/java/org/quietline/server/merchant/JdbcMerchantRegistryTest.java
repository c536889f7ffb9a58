package org.quietline.server.merchant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.InstantSource;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.quietline.merchant.MerchantRegistry;
import org.quietline.number.Sender;
import org.quietline.server.database.OnEveryDatabase;
import org.quietline.server.database.TestDatabase;

@OnEveryDatabase
class JdbcMerchantRegistryTest implements MerchantRegistryContract {

    @Parameter
    TestDatabase database;

    private JdbcMerchantRegistry open() {
        return new JdbcMerchantRegistry(database.jdbc(), database.transactions(), InstantSource.system());
    }

    @Override
    public MerchantRegistry registry(List<Registration> registrations) {
        JdbcMerchantRegistry registry = open();
        for (Registration r : registrations) {
            registry.add(r.merchant());
            r.routes().forEach(s -> registry.route(r.merchant().id(), Sender.parse(s)));
            r.codes().forEach(s -> registry.registerCodes(r.merchant().id(), Sender.parse(s)));
        }
        return registry;
    }

    @Test
    void aNewRegistryOverTheSameDatabaseKnowsWhatWasRegistered() {
        registry(List.of(new Registration(BANK, List.of(), List.of("1069012345"))));

        assertThat(open().registeredForCodes(Sender.parse("106901234567"), "招商银行")).isTrue();
    }

    @Test
    void aRouteForAnUnknownMerchantIsRefused() {
        assertThatThrownBy(() -> open().route("nobody", Sender.parse("1069012345")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nobody");
    }
}
