package org.quietline.bench.optout;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.quietline.consent.ConsentRegister;
import org.quietline.consent.InMemoryConsentLedger;
import org.quietline.consent.MarketingRule;
import org.quietline.number.PhoneNumber;

/**
 * Scrub throughput in process: one call with {@value #BATCH} parsed numbers (the API's maximum) against a
 * register of {@value #SUBSCRIBERS} subscribers with ledgers (and as many without). The score is numbers per
 * second ({@code @OperationsPerInvocation}).
 *
 * <pre>java -jar bench/target/benchmarks.jar ScrubBenchmark -f 1 -wi 3 -i 5</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ScrubBenchmark {

    static final int BATCH = 100_000;
    static final int SUBSCRIBERS = 200_000;

    private ConsentRegister register;
    private List<PhoneNumber> batch;

    /** Builds the register and a batch: half the numbers have ledgers, half are strangers. */
    @Setup
    public void setUp() {
        register = new ConsentRegister(new InMemoryConsentLedger());
        List<PhoneNumber> all = Population.numbers(SUBSCRIBERS + BATCH / 2);
        Population.ledgers(register, all.subList(0, SUBSCRIBERS), 1);
        batch = new java.util.ArrayList<>(all.subList(SUBSCRIBERS - BATCH / 2, SUBSCRIBERS + BATCH / 2));
        java.util.Collections.shuffle(batch, new java.util.Random(2));
    }

    /** One scrub of the batch; the score counts numbers. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public List<PhoneNumber> scrub() {
        return register.scrub(Population.MERCHANT, batch, MarketingRule.CONSENT_REQUIRED);
    }
}
