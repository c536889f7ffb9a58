package org.quietline.smpp.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.quietline.number.Sender;

class PlatformTest {

    @Test
    void aPasswordHashMatchesOnlyItsPasswordAndSurvivesStorage() {
        PasswordHash hash = PasswordHash.parse(PasswordHash.of("s3cret").encoded());
        assertThat(hash.matches("s3cret")).isTrue();
        assertThat(hash.matches("s3cres")).isFalse();
        assertThat(hash.toString()).doesNotContain(hash.encoded());
    }

    @Test
    void aPortGrantCoversItsExtensionsAndNamesTheMerchant() {
        Platform p = new Platform("shop", PasswordHash.of("pw"), 10,
                List.of(new SenderGrant("Shop Ltd", Sender.parse("1069012"))), false);
        assertThat(p.merchantFor(Sender.parse("106901234567"))).contains("Shop Ltd");
        assertThat(p.merchantFor(Sender.parse("1065999"))).isEmpty();
    }

    @Test
    void theRegistryFindsTheMostSpecificOwnerOfAServiceAddress() {
        var registry = new InMemoryPlatformRegistry()
                .put(new Platform("broad", PasswordHash.of("a"), 1, List.of(new SenderGrant("A", Sender.parse("10690"))), false))
                .put(new Platform("narrow", PasswordHash.of("b"), 1, List.of(new SenderGrant("B", Sender.parse("1069012"))), false));
        assertThat(registry.owning(Sender.parse("106901234"))).map(Platform::systemId).contains("narrow");
        assertThat(registry.owning(Sender.parse("106905555"))).map(Platform::systemId).contains("broad");
    }

    @Test
    void throughputRefillsWithTime() {
        AtomicLong now = new AtomicLong();
        Throughput t = new Throughput(10, now::get);
        assertThat(t.tryTake()).isTrue();
        assertThat(t.tryTake()).isFalse();
        now.addAndGet(100_000_000L);
        assertThat(t.tryTake()).isTrue();
    }
}
