package org.quietline.bench.screening;

import org.quietline.bench.ShippedPolicy;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.quietline.classify.Classification;
import org.quietline.classify.Classifier;
import org.quietline.classify.LinearClassifier;
import org.quietline.merchant.InMemoryMerchantRegistry;
import org.quietline.merchant.Merchant;
import org.quietline.number.PhoneNumber;
import org.quietline.number.Sender;
import org.quietline.screening.ScreeningEngine;
import org.quietline.screening.Sms;
import org.quietline.screening.Ticker;
import org.quietline.screening.Verdict;
import org.quietline.screening.shipped.ShippedScreening;

/**
 * Full screening throughput: the shipped engine with every first check under the shipped policy, on
 * SMS built from varied messages (the built-in set, or lines of the public corpora) to
 * {@value #RECIPIENTS} recipients (2% abroad), with simulated time advancing {@value #STEP_MILLIS} ms per
 * message, so that quiet hours come and go and the frequency caps' windows slide as in traffic (one
 * measurement iteration covers about a simulated day). Senders and recipients are parsed before
 * measuring, as adapters parse at the edge; each operation builds its {@code Sms} and screens it. With
 * {@code classifier=stand-in} the classification is a precomputed answer per text (one hash lookup), so the
 * figure is the engine and its checks; with {@code classifier=shipped} the shipped linear classifier runs
 * once per screening, so the figure is everything. One thread: verdicts per second per core.
 *
 * <pre>java -jar bench/target/benchmarks.jar ScreeningBenchmark -t 1</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ScreeningBenchmark {

    static final int MESSAGES = 8192;
    static final int RECIPIENTS = 100_000;
    static final long STEP_MILLIS = 30;

    /** {@code builtin}: Quietline's own set; {@code corpus}: public corpora lines (built-in when absent). */
    @Param({"builtin", "corpus"})
    public String messages = "builtin";

    /**
     * {@code stand-in}: a precomputed classification per text (the engine and its checks alone);
     * {@code shipped}: the shipped linear classifier, run once per screening (everything).
     */
    @Param({"stand-in", "shipped"})
    public String classifier = "stand-in";

    /** The engine's clock: the JVM's, or one that times the checks ({@link ScreeningCpuTime}'s breakdown). */
    Ticker ticker = Ticker.system();
    private ScreeningEngine screener;
    private Messages.Message[] drawn;
    private Sender[] senders;
    private PhoneNumber[] recipients;
    private long now = Instant.parse("2026-11-10T16:00:00Z").toEpochMilli();
    private int next;

    /** Builds the engine, the registry and the subjects. */
    @Setup(Level.Trial)
    public void setUp() {
        List<Messages.Message> list = Messages.chosen(messages);
        Map<String, Classification> classifications = new HashMap<>();
        list.forEach(m -> classifications.put(m.text(), m.classification()));
        Classification unknown = new Classification(org.quietline.classify.Category.PERSONAL, 0.5, 0.1);
        Classifier chosen = classifier.equals("shipped") ? LinearClassifier.shipped()
                : text -> classifications.getOrDefault(text, unknown);
        screener = ShippedScreening.builder(ShippedPolicy.load(), chosen).merchants(registry()).ticker(ticker).build();
        draw(list);
        System.out.println("# " + list.size() + " distinct messages, " + RECIPIENTS + " recipients");
    }

    /** The engine, for tools that ask it which checks it runs. */
    ScreeningEngine engine() {
        return screener;
    }

    /** Screens the next message, to the next recipient, a step later. */
    @Benchmark
    public Verdict screen() {
        int i = next++;
        now += STEP_MILLIS;
        Messages.Message m = drawn[i & (MESSAGES - 1)];
        Sms sms = new Sms(senders[i & (MESSAGES - 1)], recipients[(int) ((i * 7919L) % RECIPIENTS)], m.text(),
                Instant.ofEpochMilli(now));
        return screener.screen(sms);
    }


    static InMemoryMerchantRegistry registry() {
        return new InMemoryMerchantRegistry()
                .add(Merchant.of("cmb", "招商银行股份有限公司", "招商银行"))
                .add(Merchant.of("icbc", "中国工商银行", "工商银行"))
                .add(Merchant.of("shop", "某某电商", "某某商城"))
                .add(Merchant.of("rail", "中国铁路", "铁路客服"))
                .add(Merchant.of("cmcc", "中国移动", "中国移动"))
                .registerCodes("cmb", Sender.parse("1069012345"))
                .registerCodes("cmb", Sender.parse("95555"))
                .route("icbc", Sender.parse("95588"))
                .route("shop", Sender.parse("10690555"))
                .registerCodes("shop", Sender.parse("10690777"))
                .route("rail", Sender.parse("12306"))
                .route("cmcc", Sender.parse("10086"));
    }

    private void draw(List<Messages.Message> list) {
        SplittableRandom random = new SplittableRandom(42);
        recipients = new PhoneNumber[RECIPIENTS];
        for (int i = 0; i < RECIPIENTS; i++) {
            String n = i % 50 == 0 ? "+1 202 555 " + String.format("%04d", i % 10_000)
                    : "13" + (5 + random.nextInt(5)) + String.format("%08d", random.nextInt(100_000_000));
            recipients[i] = PhoneNumber.parse(n);
        }
        drawn = Messages.drawn(list, MESSAGES, random);
        Map<String, Sender> parsed = new HashMap<>();
        senders = new Sender[MESSAGES];
        for (int i = 0; i < MESSAGES; i++) {
            senders[i] = parsed.computeIfAbsent(drawn[i].sender(), Sender::parse);
        }
    }
}
