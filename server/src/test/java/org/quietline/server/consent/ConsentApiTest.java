package org.quietline.server.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quietline.server.PlatformTest;
import org.quietline.server.TestApi;
import org.quietline.server.TestApi.Answer;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@PlatformTest
class ConsentApiTest {

    @LocalServerPort
    int port;

    private TestApi api;
    private String platform;
    private String operator;

    @BeforeEach
    void keys() {
        api = new TestApi(port);
        platform = api.issueKey("PLATFORM");
        operator = api.issueKey("OPERATOR");
    }

    private Answer consent(String subscriber, String merchant, String scope, String source) {
        return api.post("/api/v1/consents", platform, "{\"subscriber\":\"" + subscriber + "\",\"merchant\":\"" + merchant
                + "\",\"scope\":\"" + scope + "\",\"source\":\"" + source + "\",\"evidence\":\"order 88412\"}");
    }

    @Test
    void aConsentIsRecordedAsTheFirstLinkOfTheChain() {
        Answer a = consent("13922220001", "优选商城", "SERVICE", "ORDER");
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        assertThat(a.json().get("seq").longValue()).isEqualTo(1);
        assertThat(a.json().get("hash").stringValue()).hasSize(64);
    }

    @Test
    void anUnknownSourceIsAProblemThatListsTheKnownOnes() {
        Answer a = consent("13922220002", "优选商城", "SERVICE", "GUESS");
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.body()).contains("source").contains("ORDER");
    }

    @Test
    void theLedgerTellsWhoHoldsTheNumberAndEndsAtItsHeadHash() {
        consent("13922220003", "优选商城", "SERVICE", "ORDER");
        consent("13922220003", "优选商城", "MARKETING", "SIGNUP");
        consent("13922220003", "好物集市", "MARKETING", "CAMPAIGN");
        api.post("/api/v1/mo", platform, "{\"from\":\"13922220003\",\"to\":\"1069055512\",\"text\":\"全部退订\"}");

        Answer a = api.get("/api/v1/subscribers/13922220003/ledger", operator);
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        JsonNode l = a.json();
        assertThat(l.get("holders")).hasSize(3);
        assertThat(l.get("holders").get(0).get("party").stringValue()).isEqualTo("优选商城");
        assertThat(l.get("holders").get(0).get("sources").toString()).contains("ORDER", "SIGNUP");
        assertThat(l.get("doNotDisturb").booleanValue()).isTrue();
        assertThat(l.get("entries")).hasSize(4);
        assertThat(l.get("chain").get("intact").booleanValue()).isTrue();
        assertThat(l.get("headHash").stringValue()).isEqualTo(l.get("entries").get(3).get("hash").stringValue());
        assertThat(api.get("/api/v1/subscribers/13922220003/ledger/export", operator).status()).isEqualTo(200);
    }

    @Test
    void aPlatformMayNotReadLedgers() {
        assertThat(api.get("/api/v1/subscribers/13922220004/ledger", platform).status()).isEqualTo(403);
    }

    @Test
    void scrubKeepsOnlyNumbersThatMayGetMarketingAndNamesTheInvalidOnesByIndex() {
        consent("13922220005", "优选商城", "MARKETING", "SIGNUP");
        consent("13922220006", "优选商城", "SERVICE", "ORDER");
        Answer a = api.post("/api/v1/scrub", platform,
                "{\"merchant\":\"优选商城\",\"numbers\":[\"13922220005\",\"13922220006\",\"12345\"]}");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        JsonNode s = a.json();
        assertThat(s.get("rule").stringValue()).isEqualTo("CONSENT_REQUIRED");
        assertThat(s.get("allowed").toString()).contains("+8613922220005").doesNotContain("+8613922220006");
        assertThat(s.get("refused").intValue()).isEqualTo(1);
        assertThat(s.get("invalid").get(0).get("index").intValue()).isEqualTo(2);
        assertThat(a.body()).doesNotContain("12345\"");
    }

    @Test
    void scrubTakesAHundredThousandNumbersInOneCall() {
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            numbers.add("\"+86139" + String.format("%08d", i) + "\"");
        }
        Answer a = api.post("/api/v1/scrub", platform, "{\"merchant\":\"优选商城\",\"numbers\":[" + String.join(",", numbers) + "]}");
        assertThat(a.status()).as(a.body().length() > 500 ? a.body().substring(0, 500) : a.body()).isEqualTo(200);
        assertThat(a.json().get("checked").intValue()).isEqualTo(100_000);
        numbers.add("\"+8613900000000\"");
        Answer tooMany = api.post("/api/v1/scrub", platform, "{\"merchant\":\"优选商城\",\"numbers\":["
                + String.join(",", numbers) + "]}");
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.body()).contains("TOO_MANY");
    }
}
