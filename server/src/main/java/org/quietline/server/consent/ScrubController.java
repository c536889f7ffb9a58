package org.quietline.server.consent;

import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quietline.consent.ConsentRegister;
import org.quietline.consent.MarketingRule;
import org.quietline.consent.MerchantId;
import org.quietline.number.InvalidNumberException;
import org.quietline.number.PhoneNumber;
import org.quietline.server.api.FieldProblem;
import org.quietline.server.api.InvalidRequestException;
import org.quietline.server.api.JsonBody;
import org.quietline.server.api.RequestFields;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/v1/scrub} {@code {merchant, numbers[]}}: which of up to 100,000 numbers the merchant may
 * send marketing to now, under the platform's marketing rule — a real-time replacement for scrubbing a list
 * against a do-not-call registry. Numbers that do not parse are listed with their index, never echoed.
 */
@RestController
final class ScrubController {

    static final int MAX_NUMBERS = 100_000;
    private static final Set<String> FIELDS = Set.of("merchant", "numbers");

    private final ConsentRegister register;
    private final MarketingRule rule;
    private final JsonBody body;

    ScrubController(ConsentRegister register, MarketingRule rule, JsonMapper json,
                    @Value("${quietline.api.max-scrub-body-size:4MB}") DataSize limit) {
        this.register = register;
        this.rule = rule;
        this.body = new JsonBody(json, limit.toBytes());
    }

    @Operation(summary = "Which numbers a merchant may send marketing to now (up to 100,000 per call)")
    @PostMapping(path = "/api/v1/scrub", produces = MediaType.APPLICATION_JSON_VALUE)
    ScrubAnswer scrub(InputStream in) throws IOException {
        RequestFields fields = body.read(in);
        Optional<String> merchant = fields.requiredString("merchant", 64);
        Optional<List<String>> numbers = fields.requiredStrings("numbers", MAX_NUMBERS);
        fields.rejectUnknown(FIELDS);
        fields.validate();
        MerchantId m = MerchantId.tryOf(merchant.orElseThrow()).orElseThrow(() -> new InvalidRequestException(
                new FieldProblem("merchant", "INVALID", "a merchant is 1 to 64 characters without control characters")));

        List<PhoneNumber> parsed = new ArrayList<>(numbers.orElseThrow().size());
        List<Invalid> invalid = new ArrayList<>();
        List<String> raw = numbers.orElseThrow();
        for (int i = 0; i < raw.size(); i++) {
            try {
                parsed.add(PhoneNumber.parse(raw.get(i)));
            } catch (InvalidNumberException e) {
                invalid.add(new Invalid(i, e.problem().name()));
            }
        }
        List<PhoneNumber> allowed = register.scrub(m, parsed, rule);
        return new ScrubAnswer(m.value(), rule.name(), raw.size(), allowed.stream().map(PhoneNumber::e164).toList(),
                parsed.size() - allowed.size(), invalid);
    }

    /** One number that could not be read: its index in the request and what was wrong. */
    record Invalid(int index, String problem) {
    }

    /**
     * The answer.
     *
     * @param merchant the merchant scrubbed for
     * @param rule     the marketing rule in force (CONSENT_REQUIRED or UNLESS_REFUSED)
     * @param checked  how many numbers were sent
     * @param allowed  the numbers that may receive marketing now, E.164, in request order
     * @param refused  how many valid numbers may not (refused, do-not-disturb or, under CONSENT_REQUIRED, no consent)
     * @param invalid  the numbers that could not be read
     */
    record ScrubAnswer(String merchant, String rule, int checked, List<String> allowed, int refused,
                       List<Invalid> invalid) {
    }
}
