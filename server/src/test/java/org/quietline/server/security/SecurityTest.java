package org.quietline.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quietline.server.PlatformTest;
import org.quietline.server.TestApi;
import org.quietline.server.TestApi.Answer;
import org.springframework.boot.test.web.server.LocalServerPort;

@PlatformTest
class SecurityTest {

    private static final String SCREEN = "/api/v1/screenings";
    private static final String BODY = "{\"sender\":\"10690000\",\"recipient\":\"13912345678\",\"text\":\"hi\"}";

    @LocalServerPort
    int port;

    private TestApi api;

    @BeforeEach
    void client() {
        api = new TestApi(port);
    }

    @Test
    void withoutAKeyTheAnswerIs401WithAProblem() {
        Answer a = api.post(SCREEN, null, BODY);

        assertThat(a.status()).isEqualTo(401);
        assertThat(a.contentType()).startsWith("application/problem+json");
        assertThat(a.authenticate()).hasValueSatisfying(h -> assertThat(h).startsWith("Bearer"));
        assertThat(a.json().get("type").stringValue()).endsWith("unauthenticated");
    }

    @Test
    void anUnknownKeyIs401() {
        assertThat(api.post(SCREEN, "ql_not-a-key", BODY).status()).isEqualTo(401);
    }

    @Test
    void aRevokedKeyIs401() {
        String key = api.issueKey("PLATFORM");
        String id = api.get("/api/v1/api-keys", PlatformTest.ADMIN_KEY).json().valueStream()
                .filter(k -> k.get("active").booleanValue() && k.get("role").stringValue().equals("PLATFORM"))
                .reduce((a, b) -> b).orElseThrow().get("id").stringValue();

        assertThat(api.delete("/api/v1/api-keys/" + id, PlatformTest.ADMIN_KEY).status()).isEqualTo(204);
        assertThat(api.post(SCREEN, key, BODY).status()).isEqualTo(401);
    }

    @Test
    void aRoleThatMayNotScreenGets403WithAProblem() {
        Answer a = api.post(SCREEN, api.issueKey("SUBSCRIBER"), BODY);

        assertThat(a.status()).isEqualTo(403);
        assertThat(a.json().get("type").stringValue()).endsWith("forbidden");
    }

    @Test
    void operatorsMayScreenToo() {
        assertThat(api.post(SCREEN, api.issueKey("OPERATOR"), BODY).status()).isEqualTo(200);
    }

    @Test
    void healthIsOpen() {
        Answer a = api.get("/actuator/health", null);

        assertThat(a.status()).isEqualTo(200);
        assertThat(a.json().get("status").stringValue()).isEqualTo("UP");
    }

    @Test
    void metricsNeedAnOperator() {
        api.post(SCREEN, api.issueKey("PLATFORM"), BODY);

        assertThat(api.get("/actuator/prometheus", null).status()).isEqualTo(401);
        assertThat(api.get("/actuator/prometheus", api.issueKey("PLATFORM")).status()).isEqualTo(403);
        Answer a = api.get("/actuator/prometheus", api.issueKey("OPERATOR"));
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.body()).contains("quietline_screenings_total");
    }

    @Test
    void theOpenApiDescriptionIsServedAndNamesTheScreeningEndpoint() {
        Answer a = api.get("/v3/api-docs", null);

        assertThat(a.status()).isEqualTo(200);
        assertThat(a.json().get("paths").has(SCREEN)).isTrue();
    }

    @Test
    void onlyAdminsManageKeys() {
        assertThat(api.get("/api/v1/api-keys", api.issueKey("OPERATOR")).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/api-keys", PlatformTest.ADMIN_KEY).status()).isEqualTo(200);
    }

    @Test
    void listedKeysNeverShowTheirSecret() {
        String secret = api.issueKey("REGULATOR");

        assertThat(api.get("/api/v1/api-keys", PlatformTest.ADMIN_KEY).body()).doesNotContain(secret);
    }

    @Test
    void anUnknownRoleIsNamed() {
        Answer a = api.post("/api/v1/api-keys", PlatformTest.ADMIN_KEY, "{\"name\":\"x\",\"role\":\"king\"}");

        assertThat(a.status()).isEqualTo(400);
        assertThat(a.body()).contains("UNKNOWN_ROLE");
    }
}
