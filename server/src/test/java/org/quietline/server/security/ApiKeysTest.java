package org.quietline.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.InstantSource;
import org.junit.jupiter.api.Test;

class ApiKeysTest {

    private final InMemoryApiKeyStore store = new InMemoryApiKeyStore();
    private final ApiKeys keys = new ApiKeys(store, InstantSource.fixed(Instant.parse("2026-11-11T00:00:00Z")));

    @Test
    void anIssuedKeyAuthenticatesWithItsRole() {
        IssuedKey issued = keys.issue("shop platform", Role.PLATFORM);

        assertThat(keys.authenticate(issued.secret())).map(ApiKey::role).contains(Role.PLATFORM);
    }

    @Test
    void issuedSecretsAreLongAndDistinct() {
        String a = keys.issue("a", Role.PLATFORM).secret();
        String b = keys.issue("b", Role.PLATFORM).secret();

        assertThat(a).startsWith("ql_").hasSizeGreaterThanOrEqualTo(40).isNotEqualTo(b);
    }

    @Test
    void theSecretIsNotStored() {
        IssuedKey issued = keys.issue("a", Role.PLATFORM);

        assertThat(store.all().toString()).doesNotContain(issued.secret());
        assertThat(issued.toString()).doesNotContain(issued.secret());
    }

    @Test
    void aRevokedKeyNoLongerAuthenticates() {
        IssuedKey issued = keys.issue("a", Role.PLATFORM);

        keys.revoke(issued.key().id());

        assertThat(keys.authenticate(issued.secret())).isEmpty();
    }

    @Test
    void theBootstrapKeyIsAnAdminKeyAndInstallingItAgainChangesNothing() {
        String secret = "a-long-enough-bootstrap-secret-123";
        ApiKey first = keys.installBootstrap(secret);
        ApiKey again = keys.installBootstrap(secret);

        assertThat(again).isEqualTo(first);
        assertThat(keys.authenticate(secret)).map(ApiKey::role).contains(Role.ADMIN);
        assertThat(store.all()).hasSize(1);
    }

    @Test
    void aNewBootstrapKeyRevokesTheOldOne() {
        keys.installBootstrap("the-old-bootstrap-secret-0000000");
        keys.installBootstrap("the-new-bootstrap-secret-1111111");

        assertThat(keys.authenticate("the-old-bootstrap-secret-0000000")).isEmpty();
        assertThat(keys.authenticate("the-new-bootstrap-secret-1111111")).isPresent();
    }

    @Test
    void aShortBootstrapKeyIsRefusedWithTheReason() {
        assertThatThrownBy(() -> keys.installBootstrap("admin"))
                .hasMessageContaining("QUIETLINE_BOOTSTRAP_API_KEY").hasMessageContaining("at least 24");
    }
}
