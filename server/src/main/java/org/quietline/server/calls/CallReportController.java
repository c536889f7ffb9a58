package org.quietline.server.calls;

import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.io.InputStream;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quietline.call.CallLabel;
import org.quietline.call.Report;
import org.quietline.call.Reporter;
import org.quietline.call.shield.CallShield;
import org.quietline.server.api.FieldProblem;
import org.quietline.server.api.InvalidRequestException;
import org.quietline.server.api.JsonBody;
import org.quietline.server.api.RequestFields;
import org.quietline.server.database.SqlTime;
import org.quietline.server.security.ApiKey;
import org.quietline.server.security.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/v1/reports}: one report {@code {reporter, number, label, at?, note?}} or a batch
 * {@code {reports: [...]}} of up to 10,000. A single bad report is a 400; in a batch, good rows are kept and
 * every bad row is counted and listed with its index and problem (never echoed). A subscriber's key is
 * itself the reporter (one key, one reporter, whatever the body says); a platform's reporters are namespaced
 * by its key, so that reporter ids of two platforms never merge.
 */
@RestController
final class CallReportController {

    static final int MAX_ROWS = 10_000;
    private static final Set<String> ROW = Set.of("reporter", "number", "label", "at", "note");

    private final CallShield shield;
    private final JsonBody body;
    private final InstantSource clock;

    CallReportController(CallShield shield, JsonMapper json, InstantSource clock,
                         @Value("${quietline.api.max-batch-body-size:4MB}") DataSize limit) {
        this.shield = shield;
        this.body = new JsonBody(json, limit.toBytes());
        this.clock = clock;
    }

    @Operation(summary = "Report numbers that called (one, or a batch of up to 10,000); bad rows are counted and listed")
    @PostMapping(path = "/api/v1/reports", produces = MediaType.APPLICATION_JSON_VALUE)
    BatchAnswer report(InputStream in, @AuthenticationPrincipal ApiKey client) throws IOException {
        RequestFields fields = body.read(in);
        if (!fields.has("reports")) {
            Row<Report> one = read(fields, client);
            if (one instanceof Row.Bad<Report> bad) {
                throw new InvalidRequestException(bad.problems());
            }
            shield.report(List.of(((Row.Good<Report>) one).value()));
            return new BatchAnswer(1, 1, 0, 0, List.of());
        }
        Optional<List<RequestFields>> rows = fields.requiredObjects("reports", MAX_ROWS);
        fields.rejectUnknown(Set.of("reports"));
        fields.validate();
        List<Report> good = new ArrayList<>();
        List<BatchAnswer.Problem> problems = new ArrayList<>();
        int rejected = 0;
        for (int i = 0; i < rows.orElseThrow().size(); i++) {
            switch (read(rows.get().get(i), client)) {
                case Row.Good<Report> g -> good.add(g.value());
                case Row.Bad<Report> b -> {
                    rejected++;
                    for (FieldProblem p : b.problems()) {
                        if (problems.size() < BatchAnswer.LISTED) {
                            problems.add(BatchAnswer.Problem.of(i, p));
                        }
                    }
                }
            }
        }
        shield.report(good);
        return new BatchAnswer(rows.get().size(), good.size(), rejected, 0, problems);
    }

    private Row<Report> read(RequestFields row, ApiKey client) {
        boolean subscriber = client.role() == Role.SUBSCRIBER;
        Optional<String> reporter = subscriber ? Optional.of("key:" + client.id()) : row.requiredString("reporter", 48);
        var number = row.phoneNumber("number");
        var labelText = row.requiredString("label", 16);
        var at = row.optionalInstant("at");
        var note = row.optionalString("note");
        row.rejectUnknown(subscriber ? Set.of("reporter", "number", "label", "at", "note") : ROW);
        List<FieldProblem> problems = new ArrayList<>(row.problems());
        Optional<CallLabel> label = labelText.flatMap(CallLabel::parse);
        if (labelText.isPresent() && label.isEmpty()) {
            problems.add(new FieldProblem("label", "UNKNOWN_LABEL", "label is one of 骚扰 推销 装修 房产 贷款 诈骗 快递 外卖 不是骚扰"));
        }
        if (note.isPresent() && note.get().length() > Report.MAX_NOTE) {
            problems.add(new FieldProblem("note", "TOO_LONG", "a note has at most " + Report.MAX_NOTE + " characters"));
        }
        if (!problems.isEmpty()) {
            return new Row.Bad<>(problems);
        }
        String who = subscriber ? reporter.orElseThrow() : client.id() + ":" + reporter.orElseThrow();
        return new Row.Good<>(new Report(new Reporter(who), number.orElseThrow(), label.orElseThrow(),
                SqlTime.truncate(at.orElseGet(clock::instant)), note.filter(n -> !n.isBlank())));
    }
}
