package org.quietline.server.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quietline.number.PhoneNumber;
import org.quietline.server.PlatformTest;
import org.quietline.server.TestApi;
import org.quietline.server.TestApi.Answer;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@PlatformTest
class ScreeningApiTest {

    private static final String PATH = "/api/v1/screenings";

    @LocalServerPort
    int port;

    private TestApi api;
    private String key;

    @BeforeEach
    void platformKey() {
        api = new TestApi(port);
        key = api.issueKey("PLATFORM");
    }

    private Answer screen(String json) {
        return api.post(PATH, key, json);
    }

    private static String request(String sender, String recipient, String text) {
        return "{\"sender\":\"" + sender + "\",\"recipient\":\"" + recipient + "\",\"text\":\"" + text + "\"}";
    }

    private static JsonNode error(Answer a, String field) {
        for (JsonNode e : a.json().get("errors")) {
            if (e.get("field").stringValue().equals(field)) {
                return e;
            }
        }
        throw new AssertionError("no error for " + field + " in " + a.body());
    }

    @Test
    void aMessageGetsAVerdictWithItsReasons() {
        Answer a = screen(request("106900001234", "13912345678", "【淘宝】双11大促全场5折，回T退订"));

        assertThat(a.status()).isEqualTo(200);
        JsonNode v = a.json();
        assertThat(v.get("action").stringValue()).isIn("ALLOW", "LABEL", "DEFER", "HOLD", "BLOCK");
        assertThat(v.get("score").isNumber()).isTrue();
        assertThat(v.get("policyVersion").stringValue()).isNotBlank();
        assertThat(v.get("dryRun").booleanValue()).isTrue();
        assertThat(v.get("recipient").stringValue()).isEqualTo("139****5678");
        assertThat(v.get("sender").stringValue()).isEqualTo("106900001234");
        for (JsonNode r : v.get("reasons")) {
            assertThat(r.propertyNames()).contains("signal", "group", "contribution", "description", "evidence");
        }
    }

    @Test
    void theTimeOfSubmissionIsTakenFromTheRequest() {
        Answer a = screen("{\"sender\":\"10690000\",\"recipient\":\"13912345678\",\"text\":\"hi\","
                + "\"receivedAt\":\"2026-11-11T20:00:00+08:00\"}");

        assertThat(a.json().get("receivedAt").stringValue()).isEqualTo("2026-11-11T12:00:00Z");
    }

    @Test
    void tenKilobytesOfTextAreScreened() {
        Answer a = screen(request("106900001234", "13912345678", "优惠".repeat(5_000)));

        assertThat(a.status()).isEqualTo(200);
    }

    @Test
    void emojiAndMixedScriptsAreScreened() {
        Answer a = screen(request("106900001234", "+86 139-1234-5678", "🎉 Sale セール 세일 распродажа 大促 ١٢٣ \\ud83d\\ude00"));

        assertThat(a.status()).isEqualTo(200);
    }

    @Test
    void emptyTextIsScreened() {
        assertThat(screen(request("106900001234", "13912345678", "")).status()).isEqualTo(200);
    }

    @Test
    void missingFieldsAreEachNamed() {
        Answer a = screen("{\"text\":\"hello\"}");

        assertThat(a.status()).isEqualTo(400);
        assertThat(a.contentType()).startsWith("application/problem+json");
        assertThat(error(a, "sender").get("code").stringValue()).isEqualTo("MISSING");
        assertThat(error(a, "recipient").get("code").stringValue()).isEqualTo("MISSING");
    }

    @Test
    void aFieldOfTheWrongTypeIsNamed() {
        Answer a = screen("{\"sender\":\"10690000\",\"recipient\":13912345678,\"text\":\"x\"}");

        assertThat(a.status()).isEqualTo(400);
        assertThat(error(a, "recipient").get("code").stringValue()).isEqualTo("WRONG_TYPE");
        assertThat(error(a, "recipient").get("detail").stringValue()).contains("must be a string");
    }

    @Test
    void anInvalidNumberSaysWhatIsWrongWithIt() {
        Answer a = screen(request("106900001234", "1391234567899", "x"));

        assertThat(a.status()).isEqualTo(400);
        JsonNode e = error(a, "recipient");
        assertThat(e.get("code").stringValue()).isEqualTo("TOO_LONG");
        assertThat(e.get("detail").stringValue()).contains("too many digits").doesNotContain("1391234567899");
    }

    @Test
    void anUnreadableSenderIsNamed() {
        Answer a = screen(request("!!??", "13912345678", "x"));

        assertThat(a.status()).isEqualTo(400);
        assertThat(error(a, "sender").get("code").stringValue()).isNotBlank();
    }

    @Test
    void aMisspeltFieldIsNotIgnored() {
        Answer a = screen("{\"sender\":\"10690000\",\"recipent\":\"13912345678\",\"text\":\"x\"}");

        assertThat(error(a, "recipent").get("code").stringValue()).isEqualTo("UNKNOWN_FIELD");
        assertThat(error(a, "recipient").get("code").stringValue()).isEqualTo("MISSING");
    }

    @Test
    void aBadTimeIsNamed() {
        Answer a = screen("{\"sender\":\"10690000\",\"recipient\":\"13912345678\",\"text\":\"x\",\"receivedAt\":\"tonight\"}");

        assertThat(error(a, "receivedAt").get("code").stringValue()).isEqualTo("NOT_A_TIME");
    }

    @Test
    void invalidUtf8IsABadRequestNotAnError() {
        byte[] body = "{\"sender\":\"10690000\",\"recipient\":\"13912345678\",\"text\":\"AB\"}".getBytes(StandardCharsets.UTF_8);
        body[body.length - 4] = (byte) 0xC3; // a lead byte followed by an ASCII byte: malformed
        Answer a = api.post(PATH, key, body);

        assertThat(a.status()).isEqualTo(400);
        assertThat(error(a, "(body)").get("code").stringValue()).isEqualTo("INVALID_UTF8");
    }

    @Test
    void aBodyThatIsNotJsonIsABadRequest() {
        Answer a = screen("{\"sender\": \"10690000\", \"text\": oops}");

        assertThat(a.status()).isEqualTo(400);
        assertThat(error(a, "(body)").get("detail").stringValue()).contains("line 1").doesNotContain("oops");
    }

    @Test
    void aBodyThatIsNotAnObjectIsABadRequest() {
        assertThat(error(screen("[1,2]"), "(body)").get("code").stringValue()).isEqualTo("NOT_AN_OBJECT");
    }

    @Test
    void aBodyOverTheLimitIsRefusedWith413() {
        Answer a = screen(request("106900001234", "13912345678", "x".repeat(70_000)));

        assertThat(a.status()).isEqualTo(413);
        assertThat(a.json().get("type").stringValue()).endsWith("body-too-large");
    }

    @Test
    void aChunkedBodyOverTheLimitIsRefusedWith413() {
        byte[] body = request("106900001234", "13912345678", "x".repeat(70_000)).getBytes(StandardCharsets.UTF_8);

        assertThat(api.postChunked(PATH, key, body).status()).isEqualTo(413);
    }

    @Test
    void aTextLongerThanAnySmsIsNamed() {
        Answer a = screen(request("106900001234", "13912345678", "x".repeat(ScreeningController.MAX_TEXT + 1)));

        assertThat(error(a, "text").get("code").stringValue()).isEqualTo("TOO_LONG");
    }

    @Test
    void noErrorAnswerCarriesAStackTrace() {
        List<Answer> answers = List.of(screen("{"), screen("[]"), screen("{\"sender\":{}}"),
                api.post(PATH, key, new byte[] {(byte) 0xff, (byte) 0xfe}), api.get("/api/v1/nothing", key));

        assertThat(answers).allSatisfy(a -> {
            assertThat(a.status()).isBetween(400, 499);
            assertThat(a.body()).doesNotContain("Exception", "at org.", "at java.");
        });
    }

    @Test
    void theRecipientIsReadInAnyCommonForm() {
        for (String form : List.of("+86 139-1234-5678", "8613912345678", "008613912345678", "139 1234 5678")) {
            Answer a = screen(request("106900001234", form, "x"));
            assertThat(a.json().get("recipient").stringValue()).as(form).isEqualTo(PhoneNumber.parse(form).masked());
        }
    }
}
