package org.quietline.bench.calls;

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
import org.openjdk.jmh.infra.Blackhole;
import org.quietline.number.PhoneNumber;
import org.quietline.screening.Call;
import org.quietline.screening.Verdict;

/**
 * Call screening in process, one thread: {@code verdict} is a whole verdict from the shipped engine with the
 * call checks (allow register, reputation, flagged ranges, campaigns, behaviour, the callee's policy);
 * {@code lookups} is the call shield's lookups alone (reputation, campaign, range, behaviour) without the
 * engine. Calls are drawn from the lottery case (campaign numbers, a new number of a campaign range, ordinary
 * callers, the courier, reported numbers), to participants, of whom 5,000 have a policy.
 *
 * <pre>java -jar bench/target/benchmarks.jar CallScreeningBenchmark -t 1</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CallScreeningBenchmark {

    static final int CALLS = 8192;

    private Traffic traffic;
    private Call[] calls;
    private int next;

    @Setup
    public void setUp() {
        traffic = new Traffic(7);
        SplittableRandom random = new SplittableRandom(11);
        calls = new Call[CALLS];
        Instant at = Instant.parse("2026-11-19T02:00:00Z");
        var lottery = traffic.lottery;
        for (int i = 0; i < CALLS; i++) {
            PhoneNumber caller = switch (i % 5) {
                case 0 -> lottery.calls().get(random.nextInt(lottery.calls().size())).record().caller();
                case 1 -> {
                    String range = lottery.ranges().get(random.nextInt(lottery.ranges().size()));
                    yield PhoneNumber.parse(range + "9".repeat(11 - range.length()));
                }
                case 2 -> traffic.reported.get(random.nextInt(traffic.reported.size()));
                case 3 -> lottery.courier();
                default -> lottery.calls().get(random.nextInt(lottery.calls().size())).record().callee();
            };
            PhoneNumber callee = random.nextBoolean() ? traffic.subscribers.get(random.nextInt(traffic.subscribers.size()))
                    : lottery.participants().get(random.nextInt(lottery.participants().size()));
            calls[i] = new Call(caller, callee, at.plusSeconds(i));
        }
    }

    @Benchmark
    public Verdict verdict() {
        return traffic.engine.screen(calls[next++ & (CALLS - 1)]);
    }

    @Benchmark
    public void lookups(Blackhole bh) {
        Call c = calls[next++ & (CALLS - 1)];
        PhoneNumber caller = (PhoneNumber) c.caller();
        bh.consume(traffic.shield.reputation().reputation(caller, c.at()));
        bh.consume(traffic.shield.campaigns().campaignOf(caller, c.at()));
        bh.consume(traffic.shield.campaigns().targeting(c.callee(), c.at()));
        bh.consume(traffic.shield.ranges().covering(caller));
        bh.consume(traffic.shield.behaviour().behaviour(caller, c.at()));
    }

    /** A quick look without JMH (see {@link QuickLook}). */
    public static void main(String[] args) {
        CallScreeningBenchmark b = new CallScreeningBenchmark();
        b.setUp();
        QuickLook.run("verdicts", () -> b.verdict());
    }
}
