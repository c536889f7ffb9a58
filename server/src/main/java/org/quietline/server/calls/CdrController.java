package org.quietline.server.calls;

import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quietline.call.CallRecord;
import org.quietline.call.behaviour.BehaviourBook;
import org.quietline.call.shield.CallShield;
import org.quietline.server.api.FieldProblem;
import org.quietline.server.api.JsonBody;
import org.quietline.server.api.RequestFields;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/v1/cdrs} {@code {records: [{caller, callee, start, duration?, answered}]}}: call records
 * in batches of up to 20,000, in any order. Each good record feeds caller behaviour and campaign detection;
 * a record already seen is counted as a duplicate; a bad row is counted and listed by index, never echoed.
 * {@code duration} is in seconds (0 or absent for unanswered calls).
 */
@RestController
final class CdrController {

    static final int MAX_ROWS = 20_000;
    private static final Set<String> ROW = Set.of("caller", "callee", "start", "duration", "answered");

    private final CallShield shield;
    private final JsonBody body;

    CdrController(CallShield shield, JsonMapper json, @Value("${quietline.api.max-batch-body-size:4MB}") DataSize limit) {
        this.shield = shield;
        this.body = new JsonBody(json, limit.toBytes());
    }

    @Operation(summary = "Hand over call records (batches of up to 20,000); bad rows are counted and listed")
    @PostMapping(path = "/api/v1/cdrs", produces = MediaType.APPLICATION_JSON_VALUE)
    BatchAnswer records(InputStream in) throws IOException {
        RequestFields fields = body.read(in);
        Optional<List<RequestFields>> rows = fields.requiredObjects("records", MAX_ROWS);
        fields.rejectUnknown(Set.of("records"));
        fields.validate();
        List<BatchAnswer.Problem> problems = new ArrayList<>();
        int accepted = 0;
        int duplicates = 0;
        int rejected = 0;
        for (int i = 0; i < rows.orElseThrow().size(); i++) {
            switch (read(rows.get().get(i))) {
                case Row.Good<CallRecord> g -> {
                    accepted++;
                    duplicates += shield.record(g.value()) == BehaviourBook.Outcome.DUPLICATE ? 1 : 0;
                }
                case Row.Bad<CallRecord> b -> {
                    rejected++;
                    for (FieldProblem p : b.problems()) {
                        if (problems.size() < BatchAnswer.LISTED) {
                            problems.add(BatchAnswer.Problem.of(i, p));
                        }
                    }
                }
            }
        }
        return new BatchAnswer(rows.get().size(), accepted, rejected, duplicates, problems);
    }

    private static Row<CallRecord> read(RequestFields row) {
        var caller = row.phoneNumber("caller");
        var callee = row.phoneNumber("callee");
        var start = row.requiredInstant("start");
        var seconds = row.optionalLong("duration", 0, 86_400);
        var answered = row.optionalBoolean("answered");
        row.rejectUnknown(ROW);
        List<FieldProblem> problems = new ArrayList<>(row.problems());
        if (answered.isEmpty() && problems.stream().noneMatch(p -> p.field().equals("answered"))) {
            problems.add(new FieldProblem("answered", "MISSING", "answered is required (true or false)"));
        }
        if (!problems.isEmpty()) {
            return new Row.Bad<>(problems);
        }
        return new Row.Good<>(new CallRecord(caller.orElseThrow(), callee.orElseThrow(), start.orElseThrow(),
                Duration.ofSeconds(answered.orElseThrow() ? seconds.orElse(0L) : 0), answered.get()));
    }
}
