package org.quietline.server.merchant;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quietline.merchant.Merchant;
import org.quietline.number.InvalidNumberException;
import org.quietline.number.Sender;
import org.quietline.server.api.FieldProblem;
import org.quietline.server.api.InvalidRequestException;
import org.quietline.server.api.JsonBody;
import org.quietline.server.api.RequestFields;
import org.quietline.server.security.AccessRules;
import org.quietline.server.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Registering merchants, for operators: {@code POST /api/v1/merchants {id, name, brands, routes, codes}}
 * adds (or renames) a merchant with the brands it signs with, the senders it sends through
 * ({@code routes}) and the senders registered for its verification codes ({@code codes}).
 */
@RestController
final class MerchantController {

    private static final Set<String> FIELDS = Set.of("id", "name", "brands", "routes", "codes");

    private final JdbcMerchantRegistry registry;
    private final JsonBody body;

    MerchantController(JdbcMerchantRegistry registry, JsonBody body) {
        this.registry = registry;
        this.body = body;
    }

    /** A merchant as answered. */
    record MerchantAnswer(String id, String name, List<String> brands) {
        static MerchantAnswer of(Merchant m) {
            return new MerchantAnswer(m.id(), m.name(), m.brands().stream().sorted().toList());
        }
    }

    @Bean
    static AccessRules merchantRules() {
        return rules -> rules.requestMatchers("/api/v1/merchants", "/api/v1/merchants/**").hasRole(Role.OPERATOR.name());
    }

    @PostMapping("/api/v1/merchants")
    ResponseEntity<MerchantAnswer> register(InputStream in) throws IOException {
        RequestFields fields = body.read(in);
        Optional<String> id = fields.requiredString("id", 64);
        Optional<String> name = fields.requiredString("name", 200);
        Optional<List<String>> brands = fields.optionalStrings("brands");
        Optional<List<String>> routes = fields.optionalStrings("routes");
        Optional<List<String>> codes = fields.optionalStrings("codes");
        fields.rejectUnknown(FIELDS);
        fields.validate();
        if (id.orElseThrow().isBlank() || name.orElseThrow().isBlank() || brands.orElseThrow().isEmpty()) {
            throw new InvalidRequestException(new FieldProblem("brands", "MISSING",
                    "a merchant has a non-blank id and name and at least one brand"));
        }
        List<Sender> routed = senders("routes", routes.orElseThrow());
        List<Sender> coded = senders("codes", codes.orElseThrow());
        Merchant merchant = new Merchant(id.get().strip(), name.get().strip(), new LinkedHashSet<>(brands.get()));
        registry.add(merchant);
        routed.forEach(s -> registry.route(merchant.id(), s));
        coded.forEach(s -> registry.registerCodes(merchant.id(), s));
        return ResponseEntity.status(HttpStatus.CREATED).body(MerchantAnswer.of(merchant));
    }

    @GetMapping("/api/v1/merchants")
    List<MerchantAnswer> list() {
        return registry.all().stream().map(MerchantAnswer::of).toList();
    }

    private static List<Sender> senders(String field, List<String> texts) {
        List<Sender> out = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            try {
                out.add(Sender.parse(texts.get(i)));
            } catch (InvalidNumberException e) {
                problems.add(new FieldProblem(field + "[" + i + "]", e.problem().name(), e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return out;
    }
}
