package org.quietline.server.calls;

import io.micrometer.core.instrument.MeterRegistry;
import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.io.InputStream;
import java.time.InstantSource;
import java.util.Set;
import org.quietline.screening.Call;
import org.quietline.screening.Screener;
import org.quietline.screening.Verdict;
import org.quietline.server.api.JsonBody;
import org.quietline.server.api.RequestFields;
import org.quietline.server.database.SqlTime;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/calls/screen} {@code {caller, callee, at?}}: the verdict on a call about to ring,
 * from the same engine as SMS (the call checks, the callee's own policy, guardian mode). The switch asks
 * before it rings the callee; the verdict of a call to a subscriber with a policy goes into the journal.
 */
@RestController
final class CallScreeningController {

    private static final Set<String> FIELDS = Set.of("caller", "callee", "at");

    private final Screener screener;
    private final JsonBody body;
    private final InstantSource clock;
    private final MeterRegistry meters;

    CallScreeningController(Screener screener, JsonBody body, InstantSource clock, MeterRegistry meters) {
        this.screener = screener;
        this.body = body;
        this.clock = clock;
        this.meters = meters;
    }

    @Operation(summary = "Screen a call before it rings: ALLOW, LABEL (with the caller label), DEFER or BLOCK, with reasons")
    @PostMapping(path = "/api/v1/calls/screen", produces = MediaType.APPLICATION_JSON_VALUE)
    CallVerdictAnswer screen(InputStream in) throws IOException {
        RequestFields fields = body.read(in);
        var caller = fields.sender("caller");
        var callee = fields.phoneNumber("callee");
        var at = fields.optionalInstant("at");
        fields.rejectUnknown(FIELDS);
        fields.validate();
        Call call = new Call(caller.orElseThrow(), callee.orElseThrow(), SqlTime.truncate(at.orElseGet(clock::instant)));
        Verdict v = screener.screen(call);
        meters.counter("quietline.call.screenings", "action", v.action().name()).increment();
        return CallVerdictAnswer.of(call, v);
    }
}
