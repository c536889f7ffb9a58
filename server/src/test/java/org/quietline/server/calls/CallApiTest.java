package org.quietline.server.calls;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quietline.server.PlatformTest;
import org.quietline.server.TestApi;
import org.quietline.server.TestApi.Answer;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The call shield over HTTP: reports, call records, call verdicts and guardian mode. */
@PlatformTest
class CallApiTest {

    @LocalServerPort
    int port;

    private TestApi api;
    private String platform;

    @BeforeEach
    void keys() {
        api = new TestApi(port);
        platform = api.issueKey("PLATFORM");
    }

    private JsonNode screen(String caller, String callee, String at) {
        Answer a = api.post("/api/v1/calls/screen", platform,
                "{\"caller\":\"" + caller + "\",\"callee\":\"" + callee + "\",\"at\":\"" + at + "\"}");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        return a.json();
    }

    @Test
    void aReportedNumberRingsWithItsCallerLabel() {
        StringBuilder batch = new StringBuilder("{\"reports\":[");
        for (int i = 0; i < 4; i++) {
            batch.append(i == 0 ? "" : ",").append("{\"reporter\":\"u").append(i)
                    .append("\",\"number\":\"13800138111\",\"label\":\"装修\",\"at\":\"2026-11-01T10:00:00+08:00\"}");
        }
        Answer a = api.post("/api/v1/reports", platform, batch.append("]}").toString());
        assertThat(a.json().get("accepted").intValue()).isEqualTo(4);

        JsonNode v = screen("13800138111", "13912340001", "2026-11-02T10:00:00+08:00");

        assertThat(v.get("action").stringValue()).isEqualTo("LABEL");
        assertThat(v.get("label").stringValue()).isEqualTo("被 4 人标记为装修推销");
        assertThat(v.get("caller").stringValue()).isEqualTo("138****8111");
    }

    @Test
    void aBatchKeepsGoodRowsAndCountsTheBadOnes() {
        Answer a = api.post("/api/v1/reports", platform, "{\"reports\":["
                + "{\"reporter\":\"u1\",\"number\":\"13800138222\",\"label\":\"推销\"},"
                + "{\"reporter\":\"u2\",\"number\":\"12\",\"label\":\"推销\"},"
                + "{\"reporter\":\"u3\",\"number\":\"13800138222\",\"label\":\"广告\"},"
                + "\"not an object\"]}");

        assertThat(a.status()).isEqualTo(200);
        JsonNode r = a.json();
        assertThat(r.get("received").intValue()).isEqualTo(4);
        assertThat(r.get("accepted").intValue()).isEqualTo(1);
        assertThat(r.get("rejected").intValue()).isEqualTo(3);
        assertThat(r.get("problems").findValuesAsString("code")).contains("UNKNOWN_LABEL");
        assertThat(a.body()).doesNotContain("13800138222");
    }

    @Test
    void callRecordsRevealACampaignAndANewNumberOfItsRangeIsBlocked() {
        StringBuilder batch = new StringBuilder("{\"records\":[");
        int minute = 0;
        for (String caller : new String[] {"13700131101", "13700131102", "13700131103"}) {
            for (int v = 1; v <= 5; v++) {
                batch.append(minute == 0 ? "" : ",").append("{\"caller\":\"").append(caller).append("\",\"callee\":\"1391112000")
                        .append(v).append("\",\"start\":\"2026-11-02T10:").append(String.format("%02d", minute++))
                        .append(":00+08:00\",\"duration\":3,\"answered\":true}");
            }
        }
        batch.append(",{\"caller\":\"13700131101\",\"callee\":\"13911120001\",\"start\":\"2026-11-02T10:00:00+08:00\",\"duration\":3,\"answered\":true}");
        batch.append(",{\"caller\":\"oops\",\"callee\":\"13911120001\",\"start\":\"yesterday\"}]}");
        Answer a = api.post("/api/v1/cdrs", platform, batch.toString());
        assertThat(a.json().get("accepted").intValue()).isEqualTo(16);
        assertThat(a.json().get("duplicates").intValue()).isEqualTo(1);
        assertThat(a.json().get("rejected").intValue()).isEqualTo(1);

        JsonNode v = screen("13700131177", "13912340002", "2026-11-02T11:00:00+08:00");

        assertThat(v.get("action").stringValue()).isEqualTo("BLOCK");
        assertThat(v.get("reasons").findValuesAsString("signal")).contains("CALLER_RANGE_CAMPAIGN");
    }

    @Test
    void aGuardiansChangeAppliesToTheWardsNextCall() {
        String daughter = api.issueKey("SUBSCRIBER");
        assertThat(api.post("/api/v1/guardian/wards", daughter, "{\"ward\":\"13912340003\"}").status()).isEqualTo(200);
        assertThat(screen("13600136001", "13912340003", "2026-11-02T10:00:00+08:00").get("action").stringValue()).isEqualTo("ALLOW");

        Answer changed = api.post("/api/v1/guardian/policy", daughter, "{\"ward\":\"13912340003\",\"blocked\":[\"1360013****\"]}");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);

        JsonNode next = screen("13600136001", "13912340003", "2026-11-02T10:00:01+08:00");
        assertThat(next.get("action").stringValue()).isEqualTo("BLOCK");
        assertThat(next.get("forcedBy").get("signal").stringValue()).isEqualTo("SUBSCRIBER_BLOCKED_RANGE");

        JsonNode digest = api.post("/api/v1/guardian/digest", daughter,
                "{\"ward\":\"13912340003\",\"since\":\"2026-11-01T00:00:00+08:00\"}").json();
        assertThat(digest.get("stopped").intValue()).isEqualTo(1);
        long entry = digest.get("latest").get(0).get("id").longValue();

        assertThat(api.post("/api/v1/guardian/allow", daughter, "{\"ward\":\"13912340003\",\"entry\":" + entry + "}").status()).isEqualTo(200);
        assertThat(screen("13600136001", "13912340003", "2026-11-02T10:00:02+08:00").get("action").stringValue()).isEqualTo("ALLOW");
    }

    @Test
    void someoneElseCannotReadTheWardsDigest() {
        String daughter = api.issueKey("SUBSCRIBER");
        String stranger = api.issueKey("SUBSCRIBER");
        api.post("/api/v1/guardian/wards", daughter, "{\"ward\":\"13912340004\"}");

        Answer a = api.post("/api/v1/guardian/digest", stranger, "{\"ward\":\"13912340004\"}");

        assertThat(a.status()).isEqualTo(403);
        assertThat(a.body()).doesNotContain("13912340004");
    }

    @Test
    void aPlatformCannotActAsAGuardian() {
        assertThat(api.post("/api/v1/guardian/wards", platform, "{\"ward\":\"13912340005\"}").status()).isEqualTo(403);
    }
}
