package org.quietline.server.optout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quietline.server.PlatformTest;
import org.quietline.server.TestApi;
import org.quietline.server.TestApi.Answer;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@PlatformTest
class OptOutApiTest {

    @LocalServerPort
    int port;

    private TestApi api;
    private String platform;

    @BeforeEach
    void keys() {
        api = new TestApi(port);
        platform = api.issueKey("PLATFORM");
    }

    private Answer mo(String from, String to, String text, String id) {
        return api.post("/api/v1/mo", platform, "{\"from\":\"" + from + "\",\"to\":\"" + to + "\",\"text\":\"" + text
                + "\"" + (id == null ? "" : ",\"id\":\"" + id + "\"") + "}");
    }

    @Test
    void aReplyToAPortWithNothingRecentRefusesTheWholePortAndSaysWhen() {
        Answer a = mo("13911110001", "1069055512", "TD", null);
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        JsonNode o = a.json();
        assertThat(o.get("intent").stringValue()).isEqualTo("OPT_OUT");
        assertThat(o.get("rule").stringValue()).isEqualTo("keyword:td");
        assertThat(o.get("scope").get(0).stringValue()).isEqualTo("via:1069055512");
        assertThat(o.get("scopeKnown").booleanValue()).isFalse();
        assertThat(o.get("effectiveAt").stringValue()).isNotBlank();
        assertThat(o.get("confirmed").booleanValue()).isTrue();
        assertThat(o.get("ledger").get(0).longValue()).isEqualTo(1);
    }

    @Test
    void aReplayedMoIsRecognisedAndConfirmedOnlyOnce() {
        mo("13911110002", "1069055512", "退订", "smsc-1");
        JsonNode replay = mo("13911110002", "1069055512", "退订", "smsc-1").json();
        assertThat(replay.get("duplicate").booleanValue()).isTrue();
        assertThat(replay.get("confirmed").booleanValue()).isFalse();
        assertThat(replay.get("ledger")).isEmpty();
    }

    @Test
    void aReplyThatIsNoRefusalChangesNothing() {
        JsonNode o = mo("13911110003", "1069055512", "T恤还有货吗", null).json();
        assertThat(o.get("intent").stringValue()).isEqualTo("NONE");
        assertThat(o.get("ledger")).isEmpty();
    }

    @Test
    void binaryJunkInTheTextIsReadWithoutFailing() {
        Answer a = mo("13911110004", "1069055512", "\\u0000\\u0001\\ud800\\uffff😡TD", null);
        assertThat(a.status()).as(a.body()).isEqualTo(200);
    }

    @Test
    void aBadNumberIsAProblemNamingTheFieldWithoutEchoingIt() {
        Answer a = mo("139123", "1069055512", "TD", null);
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.contentType()).startsWith("application/problem+json");
        assertThat(a.body()).contains("\"from\"").doesNotContain("139123");
    }

    @Test
    void aSubscriberKeyMayNotHandOverReplies() {
        Answer a = api.post("/api/v1/mo", api.issueKey("SUBSCRIBER"), "{\"from\":\"13911110005\",\"to\":\"10690555\",\"text\":\"TD\"}");
        assertThat(a.status()).isEqualTo(403);
    }

    @Test
    void withoutAKeyTheAnswerIsUnauthenticated() {
        assertThat(api.post("/api/v1/mo", null, "{}").status()).isEqualTo(401);
    }

    @Test
    void marketingActedOnAfterARefusalIsAViolationButADryRunIsNot() {
        api.post("/api/v1/consents", platform, "{\"subscriber\":\"13911110006\",\"merchant\":\"某店\",\"scope\":"
                + "\"MARKETING\",\"source\":\"SIGNUP\",\"evidence\":\"form\"}");
        mo("13911110006", "1069055577", "TD", null);
        String marketing = "{\"sender\":\"1069055577\",\"recipient\":\"13911110006\",\"text\":\"【某店】全场5折，回T退订\"";
        Answer dry = api.post("/api/v1/screenings", platform, marketing + "}");
        Answer acted = api.post("/api/v1/screenings", platform, marketing + ",\"dryRun\":false}");
        assertThat(dry.json().get("action").stringValue()).isEqualTo("BLOCK");
        assertThat(acted.json().get("dryRun").booleanValue()).isFalse();
        JsonNode ledger = api.get("/api/v1/subscribers/13911110006/ledger", api.issueKey("OPERATOR")).json();
        assertThat(ledger.get("entries")).extracting(e -> e.get("kind").stringValue())
                .containsExactly("GIVEN", "WITHDRAWN", "VIOLATION");
    }
}
