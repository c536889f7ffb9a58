package org.quietline.server.security;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quietline.server.api.FieldProblem;
import org.quietline.server.api.InvalidRequestException;
import org.quietline.server.api.JsonBody;
import org.quietline.server.api.RequestFields;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Managing API keys, for ADMIN keys only (no rule names these paths, so the default rule applies):
 * issue ({@code POST /api/v1/api-keys {name, role}}, the secret is answered once), list, revoke.
 */
@RestController
final class ApiKeyController {

    private static final Set<String> FIELDS = Set.of("name", "role");

    private final ApiKeys keys;
    private final JsonBody body;

    ApiKeyController(ApiKeys keys, JsonBody body) {
        this.keys = keys;
        this.body = body;
    }

    /** A key as listed: never its secret. */
    record KeyAnswer(String id, String name, String role, Instant createdAt, boolean active) {
        static KeyAnswer of(ApiKey k) {
            return new KeyAnswer(k.id(), k.name(), k.role().name(), k.createdAt(), k.active());
        }
    }

    /** A key just issued, with its secret, shown this once. */
    record IssuedAnswer(String id, String name, String role, Instant createdAt, String key) {
        @Override
        public String toString() {
            return "IssuedAnswer[" + id + "]";
        }
    }

    @PostMapping("/api/v1/api-keys")
    ResponseEntity<IssuedAnswer> issue(InputStream in) throws IOException {
        RequestFields fields = body.read(in);
        Optional<String> name = fields.requiredString("name", 100);
        Optional<String> role = fields.requiredString("role");
        fields.rejectUnknown(FIELDS);
        fields.validate();
        Role parsed = Arrays.stream(Role.values()).filter(r -> r.name().equalsIgnoreCase(role.orElseThrow().strip()))
                .findFirst().orElseThrow(() -> new InvalidRequestException(new FieldProblem("role", "UNKNOWN_ROLE",
                        "role must be one of " + Arrays.toString(Role.values()))));
        if (name.orElseThrow().isBlank()) {
            throw new InvalidRequestException(new FieldProblem("name", "EMPTY", "name must not be blank"));
        }
        IssuedKey issued = keys.issue(name.orElseThrow().strip(), parsed);
        ApiKey k = issued.key();
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new IssuedAnswer(k.id(), k.name(), k.role().name(), k.createdAt(), issued.secret()));
    }

    @GetMapping("/api/v1/api-keys")
    List<KeyAnswer> list() {
        return keys.all().stream().map(KeyAnswer::of).toList();
    }

    @DeleteMapping("/api/v1/api-keys/{id}")
    ResponseEntity<Void> revoke(@PathVariable String id) {
        return keys.revoke(id) ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
    }
}
