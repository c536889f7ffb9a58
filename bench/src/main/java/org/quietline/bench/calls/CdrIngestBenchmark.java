package org.quietline.bench.calls;

import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.quietline.call.CallRecord;
import org.quietline.call.behaviour.BehaviourBook;
import org.quietline.call.campaign.CampaignSettings;
import org.quietline.call.guardian.InMemoryCallJournal;
import org.quietline.call.policy.InMemorySubscriberPolicies;
import org.quietline.call.reputation.InMemoryReportLog;
import org.quietline.call.allow.AllowRegister;
import org.quietline.call.shield.CallShield;
import org.quietline.number.PhoneNumber;

/**
 * Call-record ingest in process, one thread: each operation takes one record into the call shield (caller
 * behaviour and campaign detection, with their windows sliding). The numbers are parsed before measuring, as
 * the import and the API parse them at the edge; simulated time advances one second per 50 records (a
 * switch handing over 50 records a second per thread). 100,000 callers (a campaign among them: 1 in 20 records
 * comes from one rotating range and is hung up on) call 1,000,000 subscribers.
 *
 * <pre>java -jar bench/target/benchmarks.jar CdrIngestBenchmark -t 1</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CdrIngestBenchmark {

    static final int CALLERS = 100_000;
    static final int CALLEES = 1 << 20;

    private CallShield shield;
    private PhoneNumber[] callers;
    private PhoneNumber[] campaign;
    private PhoneNumber[] callees;
    private final SplittableRandom random = new SplittableRandom(3);
    private final Instant start = Instant.parse("2026-11-16T00:00:00Z");
    private long n;

    @Setup
    public void setUp() {
        shield = new CallShield(new InMemoryReportLog(), new InMemorySubscriberPolicies(), new InMemoryCallJournal(),
                AllowRegister.shipped(), CampaignSettings.DEFAULTS);
        callers = numbers("158", CALLERS);
        campaign = numbers("1380013", 2_000);
        callees = numbers("139", CALLEES);
    }

    private PhoneNumber[] numbers(String prefix, int count) {
        PhoneNumber[] out = new PhoneNumber[count];
        int digits = 11 - prefix.length();
        long span = (long) Math.pow(10, digits);
        for (int i = 0; i < count; i++) {
            String tail = Long.toString(span + random.nextLong(span)).substring(1);
            out[i] = PhoneNumber.parse(prefix + tail);
        }
        return out;
    }

    @Benchmark
    public BehaviourBook.Outcome ingest() {
        long i = n++;
        boolean fromCampaign = i % 20 == 0;
        PhoneNumber caller = fromCampaign ? campaign[random.nextInt(campaign.length)] : callers[random.nextInt(CALLERS)];
        PhoneNumber callee = callees[random.nextInt(fromCampaign ? 4096 : CALLEES)];
        boolean answered = random.nextInt(10) < (fromCampaign ? 4 : 8);
        long seconds = answered ? (fromCampaign ? 3 : 20 + random.nextInt(200)) : 0;
        return shield.record(new CallRecord(caller, callee, start.plusSeconds(i / 50), Duration.ofSeconds(seconds), answered));
    }

    /** A quick look without JMH (see {@link QuickLook}). */
    public static void main(String[] args) {
        CdrIngestBenchmark b = new CdrIngestBenchmark();
        b.setUp();
        QuickLook.run("records", () -> b.ingest());
    }
}
