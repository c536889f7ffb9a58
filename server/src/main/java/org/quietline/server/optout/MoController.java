package org.quietline.server.optout;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quietline.consent.LedgerEntry;
import org.quietline.consent.Party;
import org.quietline.number.PhoneNumber;
import org.quietline.number.Sender;
import org.quietline.optout.Mo;
import org.quietline.optout.OptOutDesk;
import org.quietline.optout.Outcome;
import org.quietline.server.api.JsonBody;
import org.quietline.server.api.RequestFields;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/mo} {@code {from, to, text, receivedAt?, id?}}: hands a subscriber's reply to the opt-out
 * desk and answers what was recognised, the scope and when it took effect. The answer comes only after the
 * refusal is committed, so a platform may acknowledge the MO to its SMSC once it has the answer.
 */
@RestController
final class MoController {

    /** A reply is short; longer bodies are read only as far as the parser reads. */
    static final int MAX_TEXT = 5_000;
    private static final Set<String> FIELDS = Set.of("from", "to", "text", "receivedAt", "id");
    private static final Logger LOG = LoggerFactory.getLogger(MoController.class);

    private final OptOutDesk desk;
    private final JsonBody body;
    private final InstantSource clock;

    MoController(OptOutDesk desk, JsonBody body, InstantSource clock) {
        this.desk = desk;
        this.body = body;
        this.clock = clock;
    }

    @Operation(summary = "Hand over a subscriber's reply (MO); answers the intent, the scope and when it took effect")
    @PostMapping(path = "/api/v1/mo", produces = MediaType.APPLICATION_JSON_VALUE)
    MoAnswer receive(InputStream in) throws IOException {
        RequestFields fields = body.read(in);
        Optional<PhoneNumber> from = fields.phoneNumber("from");
        Optional<Sender> to = fields.sender("to");
        Optional<String> text = fields.requiredString("text", MAX_TEXT);
        Optional<Instant> receivedAt = fields.optionalInstant("receivedAt");
        Optional<String> id = fields.optionalString("id");
        fields.rejectUnknown(FIELDS);
        fields.validate();

        Outcome o = desk.receive(new Mo(from.orElseThrow(), to.orElseThrow(), text.orElseThrow(),
                receivedAt.orElseGet(clock::instant), id.map(s -> s.length() > 64 ? s.substring(0, 64) : s)));
        LOG.info("MO {} -> {} read as {} ({}), {} entries{}", from.get().masked(), to.get().masked(),
                o.reading().intent(), o.reading().rule(), o.recorded().size(), o.duplicate() ? ", a replay" : "");
        return MoAnswer.of(o);
    }

    /**
     * The answer.
     *
     * @param intent       OPT_OUT, OPT_OUT_ALL, RESUBSCRIBE, HELP or NONE
     * @param rule         the vocabulary entry that decided (keyword:td, phrase:不要再发 …)
     * @param scope        whom the reply refers to (merchant:…, via:…, everyone)
     * @param scopeKnown   false when nothing recent came from that sender and the whole sender was refused
     * @param effectiveAt  when the refusal (or re-subscription) took effect; absent when nothing is in effect
     * @param duplicate    whether this MO was a replay of one already handled
     * @param confirmed    whether a confirmation was sent back (once per change)
     * @param ledger       the ledger entries written, by number
     */
    record MoAnswer(String intent, String rule, List<String> scope, boolean scopeKnown, Optional<Instant> effectiveAt,
                    boolean duplicate, boolean confirmed, List<Long> ledger) {
        static MoAnswer of(Outcome o) {
            return new MoAnswer(o.reading().intent().name(), o.reading().rule(),
                    o.scope().stream().map(Party::canonical).toList(),
                    o.resolution().map(r -> r.known()).orElse(true), o.effectiveAt(), o.duplicate(),
                    o.confirmation().isPresent(), o.recorded().stream().map(LedgerEntry::seq).toList());
        }
    }

    /** The request, for the OpenAPI description only. */
    record MoRequest(@Schema(example = "13912345678") String from, @Schema(example = "1069055512") String to,
                     @Schema(example = "TD") String text, @Schema(example = "2026-11-11T20:05:00+08:00") String receivedAt,
                     @Schema(example = "smsc-7f3a") String id) {
        @Override
        public String toString() {
            return "MoRequest[…]";
        }
    }
}
