package org.quietline.server.consent;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.quietline.consent.Change;
import org.quietline.consent.ConsentRegister;
import org.quietline.consent.LedgerEntry;
import org.quietline.consent.MerchantId;
import org.quietline.consent.Party;
import org.quietline.consent.Scope;
import org.quietline.consent.Source;
import org.quietline.number.PhoneNumber;
import org.quietline.server.api.FieldProblem;
import org.quietline.server.api.InvalidRequestException;
import org.quietline.server.api.JsonBody;
import org.quietline.server.api.RequestFields;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/consents}: records a consent (an order, a campaign, a sign-up …) with its source and
 * evidence, or a subscriber's explicit refusal ({@code "kind": "WITHDRAWN"}; merchant {@code "*"} puts the
 * number on the do-not-disturb registry). Answers the ledger entry, durable when answered.
 */
@RestController
final class ConsentController {

    private static final Set<String> FIELDS = Set.of("subscriber", "merchant", "scope", "source", "evidence", "at",
            "kind");
    private static final Set<Source> GIVEN_SOURCES = Set.of(Source.ORDER, Source.CAMPAIGN, Source.SIGNUP,
            Source.EXPLICIT, Source.IMPORT);

    private final ConsentRegister register;
    private final JsonBody body;
    private final InstantSource clock;

    ConsentController(ConsentRegister register, JsonBody body, InstantSource clock) {
        this.register = register;
        this.body = body;
        this.clock = clock;
    }

    @Operation(summary = "Record a consent (or a subscriber's explicit refusal) in the subscriber's ledger")
    @PostMapping(path = "/api/v1/consents", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    EntryAnswer record(InputStream in) throws IOException {
        RequestFields fields = body.read(in);
        Optional<PhoneNumber> subscriber = fields.phoneNumber("subscriber");
        Optional<String> merchant = fields.requiredString("merchant", 64);
        Optional<String> kind = fields.optionalString("kind");
        Optional<String> scope = fields.optionalString("scope");
        Optional<String> source = fields.optionalString("source");
        Optional<String> evidence = fields.requiredString("evidence", Change.MAX_EVIDENCE);
        Optional<Instant> at = fields.optionalInstant("at");
        fields.rejectUnknown(FIELDS);
        fields.validate();

        Change.Kind k = choice("kind", kind.orElse("GIVEN"), Change.Kind.class, Set.of(Change.Kind.GIVEN,
                Change.Kind.WITHDRAWN));
        Scope s = choice("scope", scope.orElse("MARKETING"), Scope.class, Set.of(Scope.values()));
        Source src = choice("source", source.orElse(k == Change.Kind.GIVEN ? "" : "EXPLICIT"), Source.class,
                k == Change.Kind.GIVEN ? GIVEN_SOURCES : Set.of(Source.EXPLICIT));
        String ev = evidence.orElseThrow();
        if (ev.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidRequestException(new FieldProblem("evidence", "CONTROL_CHARACTERS",
                    "evidence must not contain control characters"));
        }
        Change change = k == Change.Kind.GIVEN
                ? Change.given(merchantId(merchant.orElseThrow()), s, src, ev)
                : new Change(Change.Kind.WITHDRAWN, merchant.orElseThrow().equals("*") ? new Party.Everyone()
                        : new Party.Merchant(merchantId(merchant.orElseThrow())), s, src, ev);
        if (k == Change.Kind.GIVEN && merchant.orElseThrow().equals("*")) {
            throw new InvalidRequestException(new FieldProblem("merchant", "NOT_A_MERCHANT",
                    "a consent is given to one merchant; \"*\" is only for a refusal of everyone"));
        }
        LedgerEntry e = register.record(subscriber.orElseThrow(), at.orElseGet(clock::instant), change);
        return EntryAnswer.of(e);
    }

    private static MerchantId merchantId(String value) {
        return MerchantId.tryOf(value).orElseThrow(() -> new InvalidRequestException(new FieldProblem("merchant",
                "INVALID", "a merchant is 1 to 64 characters without control characters")));
    }

    private static <E extends Enum<E>> E choice(String field, String value, Class<E> type, Set<E> allowed) {
        for (E e : allowed) {
            if (e.name().equalsIgnoreCase(value)) {
                return e;
            }
        }
        throw new InvalidRequestException(new FieldProblem(field, value.isEmpty() ? "MISSING" : "UNKNOWN_VALUE",
                field + " must be one of " + allowed.stream().map(Enum::name).sorted().toList()
                        + (value.isEmpty() ? "" : "; all values: " + Arrays.toString(type.getEnumConstants()))));
    }

    /** The stored entry. */
    record EntryAnswer(String subscriber, long seq, Instant at, String kind, String party, String scope, String source,
                       String hash) {
        static EntryAnswer of(LedgerEntry e) {
            return new EntryAnswer(e.subscriber().e164(), e.seq(), e.at(), e.change().kind().name(),
                    e.change().party().canonical(), e.change().scope().name(), e.change().source().name(), e.hash());
        }
    }

    /** The request, for the OpenAPI description only. */
    record ConsentRequest(@Schema(example = "13912345678") String subscriber,
                          @Schema(example = "优选商城") String merchant,
                          @Schema(example = "MARKETING", allowableValues = {"SERVICE", "MARKETING"}) String scope,
                          @Schema(example = "SIGNUP", allowableValues = {"ORDER", "CAMPAIGN", "SIGNUP", "EXPLICIT", "IMPORT"}) String source,
                          @Schema(example = "member form 2026-10-01 #88412") String evidence,
                          @Schema(example = "2026-10-01T12:00:00+08:00") String at,
                          @Schema(example = "GIVEN", allowableValues = {"GIVEN", "WITHDRAWN"}) String kind) {
    }
}
