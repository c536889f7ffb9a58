package org.quietline.server.screening;

import io.micrometer.core.instrument.MeterRegistry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Set;
import java.util.UUID;
import org.quietline.number.PhoneNumber;
import org.quietline.number.Sender;
import org.quietline.screening.Screener;
import org.quietline.screening.Sms;
import org.quietline.screening.Verdict;
import org.quietline.server.api.JsonBody;
import org.quietline.server.api.RequestFields;
import org.quietline.server.audit.AuditedScreening;
import org.quietline.server.audit.Pseudonyms;
import org.quietline.server.audit.ScreeningAudit;
import org.quietline.server.database.SqlTime;
import org.quietline.server.security.ApiKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/screenings}: screens one message for one recipient and answers the verdict.
 * A dry run: nothing is sent. The body is read by hand ({@link JsonBody}, {@link RequestFields}) rather
 * than bound to a type, so that every bad field is named and no framework logs the body (ADR 0005).
 */
@RestController
final class ScreeningController {

    /** Longest text accepted: a concatenated SMS has at most 255 parts of 67 characters. */
    static final int MAX_TEXT = 20_000;

    private static final Set<String> FIELDS = Set.of("sender", "recipient", "text", "receivedAt", "dryRun");
    private static final Logger LOG = LoggerFactory.getLogger(ScreeningController.class);

    private final Screener screener;
    private final ScreeningAudit audit;
    private final Pseudonyms pseudonyms;
    private final JsonBody body;
    private final InstantSource clock;
    private final MeterRegistry meters;

    ScreeningController(Screener screener, ScreeningAudit audit, Pseudonyms pseudonyms, JsonBody body,
            InstantSource clock, MeterRegistry meters) {
        this.screener = screener;
        this.audit = audit;
        this.pseudonyms = pseudonyms;
        this.body = body;
        this.clock = clock;
        this.meters = meters;
    }

    @Operation(summary = "Screen one SMS for one recipient (a dry run unless dryRun is false)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = ScreeningRequest.class))))
    @PostMapping(path = "/api/v1/screenings", produces = MediaType.APPLICATION_JSON_VALUE)
    ScreeningAnswer screen(InputStream in, @AuthenticationPrincipal ApiKey client) throws IOException {
        RequestFields fields = body.read(in);
        var sender = fields.sender("sender");
        var recipient = fields.phoneNumber("recipient");
        var text = fields.requiredString("text", MAX_TEXT);
        var receivedAt = fields.optionalInstant("receivedAt");
        boolean dryRun = fields.optionalBoolean("dryRun").orElse(true);
        fields.rejectUnknown(FIELDS);
        fields.validate();

        Instant now = SqlTime.truncate(clock.instant());
        Sms sms = new Sms(sender.orElseThrow(), recipient.orElseThrow(), text.orElseThrow(),
                receivedAt.map(SqlTime::truncate).orElse(now));
        // By default a dry run: preview, so that asking does not use up frequency caps or record deliveries.
        // "dryRun": false is the HTTP firewall path for platforms without SMPP: the platform acts on the
        // verdict (delivers what is allowed), so the checks learn it: caps count, deliveries are remembered
        // for resolving replies, and marketing against a refusal is recorded as a violation.
        Verdict verdict = dryRun ? screener.preview(sms) : screener.screen(sms);
        AuditedScreening screening = audited(sms, verdict, now, client);
        audit.record(screening);
        meters.counter("quietline.screenings", "channel", "http", "action", verdict.action().name()).increment();
        LOG.debug("screened {}: {} (score {})", sms, verdict.action(), verdict.score());
        return ScreeningAnswer.of(screening, dryRun);
    }

    private AuditedScreening audited(Sms sms, Verdict verdict, Instant now, ApiKey client) {
        Sender sender = sms.sender();
        PhoneNumber recipient = sms.recipient();
        return new AuditedScreening(UUID.randomUUID(), now, sms.at(), "http", client.id(), sender.masked(),
                recipient.masked(), pseudonyms.of(recipient), verdict);
    }

    /**
     * The request, for the OpenAPI description only (the body is read by {@link RequestFields}).
     *
     * @param sender     a service port (1069…), short code, alphanumeric ID or phone number
     * @param recipient  the subscriber's number, in any common form; China when without country code
     * @param text       the whole message text, possibly empty, at most 20,000 characters
     * @param receivedAt when the message was submitted, ISO-8601 with offset; default: now
     * @param dryRun     default true; false when the client delivers what is allowed (caps count, violations are recorded)
     */
    record ScreeningRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "106900001234") String sender,
                            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "13912345678") String recipient,
                            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "【淘宝】双11大促全场5折，回T退订") String text,
                            @Schema(example = "2026-11-11T20:00:00+08:00") String receivedAt,
                            @Schema(example = "true", description = "false: the client acts on the verdict (HTTP firewall path)") Boolean dryRun) {

        @Override
        public String toString() {
            return "ScreeningRequest[…]";
        }
    }
}
