package org.quietline.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link ApiKeyStore} does; implemented once per store. */
interface ApiKeyStoreContract {

    /** A store with no keys. */
    ApiKeyStore store();

    Instant T0 = Instant.parse("2026-11-11T12:00:00.123456Z");

    static ApiKey key(String id, String name, Role role, Instant at) {
        return new ApiKey(id, name, role, at, Optional.empty());
    }

    @Test
    default void aKeyIsFoundByTheDigestOfItsSecret() {
        ApiKeyStore store = store();
        ApiKey key = key("k1", "shop platform", Role.PLATFORM, T0);
        store.add(key, KeyDigest.of("secret-one"));

        assertThat(store.find(KeyDigest.of("secret-one"))).contains(key);
    }

    @Test
    default void anotherSecretFindsNothing() {
        ApiKeyStore store = store();
        store.add(key("k1", "shop platform", Role.PLATFORM, T0), KeyDigest.of("secret-one"));

        assertThat(store.find(KeyDigest.of("secret-two"))).isEmpty();
    }

    @Test
    default void aKeyIsFoundById() {
        ApiKeyStore store = store();
        ApiKey key = key("k1", "regulator", Role.REGULATOR, T0);
        store.add(key, KeyDigest.of("s"));

        assertThat(store.byId("k1")).contains(key);
        assertThat(store.byId("k2")).isEmpty();
    }

    @Test
    default void aSecondKeyWithTheSameIdIsRefused() {
        ApiKeyStore store = store();
        store.add(key("k1", "a", Role.PLATFORM, T0), KeyDigest.of("s1"));

        assertThatThrownBy(() -> store.add(key("k1", "b", Role.ADMIN, T0), KeyDigest.of("s2")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(store.byId("k1")).map(ApiKey::role).contains(Role.PLATFORM);
    }

    @Test
    default void allListsKeysOldestFirst() {
        ApiKeyStore store = store();
        store.add(key("late", "b", Role.OPERATOR, T0.plusSeconds(60)), KeyDigest.of("s1"));
        store.add(key("early", "a", Role.PLATFORM, T0), KeyDigest.of("s2"));

        assertThat(store.all()).extracting(ApiKey::id).containsExactly("early", "late");
    }

    @Test
    default void aRevokedKeyIsStillFoundButInactive() {
        ApiKeyStore store = store();
        store.add(key("k1", "a", Role.PLATFORM, T0), KeyDigest.of("s1"));

        assertThat(store.revoke("k1", T0.plusSeconds(5))).isTrue();

        assertThat(store.find(KeyDigest.of("s1"))).hasValueSatisfying(k -> {
            assertThat(k.active()).isFalse();
            assertThat(k.revokedAt()).contains(T0.plusSeconds(5));
        });
    }

    @Test
    default void revokingTwiceOrAnUnknownKeyReportsFalse() {
        ApiKeyStore store = store();
        store.add(key("k1", "a", Role.PLATFORM, T0), KeyDigest.of("s1"));
        store.revoke("k1", T0.plusSeconds(5));

        assertThat(store.revoke("k1", T0.plusSeconds(9))).isFalse();
        assertThat(store.revoke("nope", T0)).isFalse();
        assertThat(store.byId("k1")).flatMap(ApiKey::revokedAt).contains(T0.plusSeconds(5));
    }
}
