package org.quietline.server.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.quietline.call.CallRecord;
import org.quietline.call.ImportTally;
import org.quietline.call.allow.AllowRegister;
import org.quietline.call.campaign.Campaign;
import org.quietline.call.campaign.CampaignSettings;
import org.quietline.call.cdr.CdrCsv;
import org.quietline.call.guardian.InMemoryCallJournal;
import org.quietline.call.policy.InMemorySubscriberPolicies;
import org.quietline.call.reputation.InMemoryReportLog;
import org.quietline.call.shield.CallShield;
import org.quietline.call.simulation.LotteryCase;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code quietline cdrs --file CALLS.csv[.gz] [--server URL --key KEY] [--batch N]}: imports call records
 * ({@code caller,callee,start,duration,answered}) with a progress bar on stderr. With {@code --server} they go
 * to a running platform's {@code POST /api/v1/cdrs} in batches; without, they are read into a call shield in
 * this process and the campaigns found are printed. Every rejected line is counted by problem with example
 * line numbers (here, and by the server). {@code --write-sample FILE} writes the lottery case of the demo as
 * such a file (seeded, 3 days).
 */
public final class CdrsCommand implements Command {

    private static final Set<String> OPTIONS = Set.of("file", "server", "key", "batch", "write-sample");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public String name() {
        return "cdrs";
    }

    @Override
    public String summary() {
        return "import call records from CSV into a platform or analyse them here (--file F [--server URL --key K])";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Options o = Options.parse(name(), args, OPTIONS);
        if (o.text("write-sample").isPresent()) {
            return writeSample(Path.of(o.required("write-sample")), err);
        }
        Path file = o.file("file");
        Optional<String> server = o.text("server");
        int batch = (int) Math.min(20_000, o.positive("batch", 5_000));
        if (server.isPresent() && o.text("key").isEmpty()) {
            throw new UsageException("--server needs --key (an API key with the PLATFORM or OPERATOR role)");
        }
        Sink sink = server.isPresent() ? new Remote(server.get(), o.required("key"), err) : new Local();
        ImportTally tally = new ImportTally();
        Progress progress = Progress.importing(err, file);
        List<CallRecord> pending = new ArrayList<>(batch);
        try (BufferedReader reader = progress.open(file)) {
            String line;
            long lineNo = 0;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                switch (CdrCsv.read(line)) {
                    case CdrCsv.Header h -> {
                        // the header is not a record
                    }
                    case CdrCsv.Row r -> {
                        pending.add(r.record());
                        tally.accept();
                    }
                    case CdrCsv.Rejected r -> tally.reject(r.problem(), lineNo);
                }
                if (pending.size() == batch) {
                    sink.take(pending);
                    pending.clear();
                }
                progress.row();
            }
        }
        sink.take(pending);
        progress.done();
        err.printf("read %,d records, rejected %,d lines%n", tally.accepted(), tally.rejected());
        tally.report().forEach(l -> err.println("  rejected " + l));
        sink.finish(out);
        return 0;
    }

    private static int writeSample(Path file, PrintStream err) throws IOException {
        LotteryCase lottery = LotteryCase.generate(new SplittableRandom(2026), 7_000, Instant.parse("2026-11-16T00:00:00Z"),
                3, 600, 3_000, 150);
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            w.write(CdrCsv.HEADER);
            w.newLine();
            for (LotteryCase.Call c : lottery.calls()) {
                w.write(CdrCsv.write(c.record()));
                w.newLine();
            }
        }
        err.printf("wrote %,d call records of the lottery case to %s (the courier is %s)%n", lottery.calls().size(), file,
                lottery.courier().masked());
        return 0;
    }

    /** Where records go. */
    private interface Sink {
        void take(List<CallRecord> records) throws IOException;

        void finish(PrintStream out);
    }

    /** Into a call shield in this process; prints the campaigns found. */
    private static final class Local implements Sink {
        private final CallShield shield = new CallShield(new InMemoryReportLog(), new InMemorySubscriberPolicies(),
                new InMemoryCallJournal(), AllowRegister.shipped(), CampaignSettings.DEFAULTS);
        private Instant latest = Instant.EPOCH;
        private long duplicates;
        private long stale;

        @Override
        public void take(List<CallRecord> records) {
            for (CallRecord r : records) {
                var outcome = shield.record(r);
                duplicates += outcome == org.quietline.call.behaviour.BehaviourBook.Outcome.DUPLICATE ? 1 : 0;
                stale += outcome == org.quietline.call.behaviour.BehaviourBook.Outcome.STALE ? 1 : 0;
                latest = r.start().isAfter(latest) ? r.start() : latest;
            }
        }

        @Override
        public void finish(PrintStream out) {
            List<Campaign> campaigns = shield.campaigns().campaigns(latest);
            out.printf("%,d duplicate records, %,d older than their caller's window; %d campaigns active at %s%n", duplicates,
                    stale, campaigns.size(), latest);
            for (Campaign c : campaigns) {
                out.printf("%s  range %-12s %5d numbers  %6d victims  %7d calls  %s .. %s  e.g. %s%n", c.id(), c.range(), c.members(),
                        c.victims(), c.calls(), c.firstSeen(), c.lastSeen(), String.join(" ", c.sampleMembers().subList(0, Math.min(3, c.sampleMembers().size()))));
            }
        }
    }

    /** To a running platform's {@code POST /api/v1/cdrs}. */
    private static final class Remote implements Sink {
        private final HttpClient http = HttpClient.newHttpClient();
        private final URI uri;
        private final String key;
        private final PrintStream err;
        private long accepted;
        private long rejected;
        private long duplicates;

        Remote(String server, String key, PrintStream err) {
            this.uri = URI.create(server.replaceAll("/+$", "") + "/api/v1/cdrs");
            this.key = key;
            this.err = err;
        }

        @Override
        public void take(List<CallRecord> records) throws IOException {
            if (records.isEmpty()) {
                return;
            }
            ObjectNode body = JSON.createObjectNode();
            ArrayNode rows = body.putArray("records");
            for (CallRecord r : records) {
                rows.addObject().put("caller", r.caller().e164()).put("callee", r.callee().e164()).put("start", r.start().toString())
                        .put("duration", r.duration().toSeconds()).put("answered", r.answered());
            }
            HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + key)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8)).build();
            try {
                HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (r.statusCode() != 200) {
                    throw new IOException("the platform answered " + r.statusCode() + " to a batch: " + r.body());
                }
                JsonNode a = JSON.readTree(r.body());
                accepted += a.path("accepted").asLong();
                rejected += a.path("rejected").asLong();
                duplicates += a.path("duplicates").asLong();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        }

        @Override
        public void finish(PrintStream out) {
            out.printf("the platform accepted %,d records (%,d duplicates), rejected %,d%n", accepted, duplicates, rejected);
            if (rejected > 0) {
                err.println("the platform's answers list the rejected rows by index");
            }
        }
    }
}
