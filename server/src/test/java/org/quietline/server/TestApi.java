package org.quietline.server;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain HTTP client for the platform under test: real requests over loopback, bytes as given. */
public final class TestApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    /** For the platform on {@code port}. */
    public TestApi(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** An answer: status, content type and body. */
    public record Answer(int status, String contentType, String body, Optional<String> authenticate) {

        /** The body as JSON. */
        public JsonNode json() {
            return JSON.readTree(body);
        }
    }

    /** POSTs {@code body} as UTF-8 JSON with {@code key} (none when null). */
    public Answer post(String path, String key, String body) {
        return post(path, key, body.getBytes(StandardCharsets.UTF_8));
    }

    /** POSTs raw bytes with a Content-Length. */
    public Answer post(String path, String key, byte[] body) {
        return send(request(path, key).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** POSTs raw bytes chunked, without a Content-Length. */
    public Answer postChunked(String path, String key, byte[] body) {
        return send(request(path, key).POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));
    }

    /** GETs {@code path}. */
    public Answer get(String path, String key) {
        return send(request(path, key).GET());
    }

    /** DELETEs {@code path}. */
    public Answer delete(String path, String key) {
        return send(request(path, key).DELETE());
    }

    /** Issues a key with {@code role} through the admin API and returns its secret. */
    public String issueKey(String role) {
        Answer a = post("/api/v1/api-keys", PlatformTest.ADMIN_KEY, "{\"name\":\"test " + role + "\",\"role\":\"" + role + "\"}");
        if (a.status() != 201) {
            throw new IllegalStateException("could not issue a key: " + a);
        }
        return a.json().get("key").stringValue();
    }

    private HttpRequest.Builder request(String path, String key) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json");
        if (key != null) {
            b.header("Authorization", "Bearer " + key);
        }
        return b;
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(),
                    r.headers().firstValue("WWW-Authenticate"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
