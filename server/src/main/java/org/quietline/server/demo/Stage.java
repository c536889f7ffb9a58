package org.quietline.server.demo;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a {@link Scene} plays on: the running platform's HTTP API (called with the demo's own key),
 * a narrator that prints in Chinese and English, and a record of expectations met or missed. Not
 * thread-safe: scenes play one after another.
 */
public final class Stage {

    private static final Map<String, String> ACTIONS = Map.of("ALLOW", "放行 deliver", "LABEL", "标记后送达 deliver with a label",
            "DEFER", "延后 defer", "HOLD", "扣留待审 hold for review", "BLOCK", "拦截 block");

    private final PrintStream out;
    private final JsonMapper json;
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final String key;
    private final List<String> missed = new ArrayList<>();

    Stage(PrintStream out, JsonMapper json, String base, String key) {
        this.out = out;
        this.json = json;
        this.base = base;
        this.key = key;
    }

    /** A screening as the scene sees it: the verdict's JSON. */
    public record Screening(JsonNode verdict) {

        /** ALLOW, LABEL, DEFER, HOLD or BLOCK. */
        public String action() {
            return verdict.path("action").asString("");
        }

        /** The signal that forced the action; empty when none did. */
        public String forcedBy() {
            return verdict.path("forcedBy").path("signal").asString("");
        }

        /** Whether {@code signal} is among the reasons. */
        public boolean has(String signal) {
            for (JsonNode r : verdict.path("reasons")) {
                if (r.path("signal").asString("").equals(signal)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Says something, in Chinese and in English. */
    public void narrate(String chinese, String english) {
        out.println("  " + chinese);
        out.println("  " + english);
    }

    /**
     * Submits an SMS to {@code POST /api/v1/screenings} and shows the message and the verdict with its
     * reasons.
     *
     * @param receivedAt ISO-8601 with offset, e.g. {@code 2026-11-11T20:00:00+08:00}
     */
    public Screening screen(String sender, String recipient, String text, String receivedAt) throws IOException {
        return screen(sender, recipient, text, receivedAt, true);
    }

    /**
     * Like {@link #screen}, but as a platform that acts on the verdict ({@code "dryRun": false}): the checks
     * learn it (frequency caps count, deliveries are remembered, marketing against a refusal is a violation).
     */
    public Screening submit(String sender, String recipient, String text, String receivedAt) throws IOException {
        return screen(sender, recipient, text, receivedAt, false);
    }

    private Screening screen(String sender, String recipient, String text, String receivedAt, boolean dryRun)
            throws IOException {
        String body = json.writeValueAsString(Map.of("sender", sender, "recipient", recipient, "text", text,
                "receivedAt", receivedAt, "dryRun", dryRun));
        JsonNode v = call("POST", "/api/v1/screenings", body);
        out.println();
        out.println("  短信 SMS  " + v.path("sender").asString() + " → " + v.path("recipient").asString()
                + "  (" + receivedAt + ")");
        out.println("  「" + text + "」");
        String forced = v.path("forcedBy").isMissingNode() ? "" : "，强制 forced by " + v.path("forcedBy").path("signal").asString();
        out.printf("  结论 Verdict: %s — %s (score %.2f%s)%n", v.path("action").asString(),
                ACTIONS.getOrDefault(v.path("action").asString(), ""), v.path("score").asDouble(), forced);
        for (JsonNode r : v.path("reasons")) {
            out.printf("    · %-40s %+6.2f  %s — %s%n", r.path("signal").asString(), r.path("contribution").asDouble(),
                    r.path("description").asString(), r.path("evidence").asString());
        }
        if (v.has("label")) {
            out.println("  标签 Label: " + v.path("label").asString());
        }
        return new Screening(v);
    }

    /** Calls the API with the demo key; answers the JSON body, or fails on an error status. */
    public JsonNode call(String method, String path, String body) throws IOException {
        return callAs(key, method, path, body);
    }

    /** Calls the API with another key (one a scene issued, such as a subscriber's). */
    public JsonNode callAs(String apiKey, String method, String path, String body) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + apiKey)
                .header("Content-Type", "application/json")
                .method(method, body.isEmpty() ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (r.statusCode() >= 400) {
                throw new IOException(method + " " + path + " answered " + r.statusCode() + ": " + r.body());
            }
            return r.body().isBlank() ? json.createObjectNode() : json.readTree(r.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** Checks what the audience should see; prints it either way and remembers a miss. */
    public void expect(boolean met, String chinese, String english) {
        out.println("  " + (met ? "✔ 如预期 As expected: " : "✘ 出乎意料 NOT as expected: ") + chinese + " · " + english);
        if (!met) {
            missed.add(english);
        }
    }

    /** The expectations missed so far, in English. */
    public List<String> missed() {
        return List.copyOf(missed);
    }

    PrintStream out() {
        return out;
    }
}
