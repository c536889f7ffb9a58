package org.quietline.bench.screening;

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
import org.quietline.classify.LinearClassifier;

/**
 * The shipped classifier alone, on the messages {@link ScreeningBenchmark} screens ({@code builtin}, or
 * lines of the public corpora with {@code corpus}), drawn alike: messages classified per second on one
 * thread, the part of a verdict that the classifier takes.
 *
 * <pre>java -jar bench/target/benchmarks.jar ClassificationBenchmark -t 1</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ClassificationBenchmark {

    /** {@code builtin}: Quietline's own set; {@code corpus}: public corpora lines (built-in when absent). */
    @Param({"builtin", "corpus"})
    public String messages = "builtin";

    private LinearClassifier classifier;
    private String[] texts;
    private int next;

    /** Loads the shipped model and draws the messages. */
    @Setup(Level.Trial)
    public void setUp() {
        classifier = LinearClassifier.shipped();
        Messages.Message[] drawn = Messages.drawn(Messages.chosen(messages), ScreeningBenchmark.MESSAGES, new SplittableRandom(42));
        texts = new String[drawn.length];
        for (int i = 0; i < drawn.length; i++) {
            texts[i] = drawn[i].text();
        }
    }

    /** Classifies the next message. */
    @Benchmark
    public Classification classify() {
        String text = texts[next++ & (ScreeningBenchmark.MESSAGES - 1)];
        return classifier.classify(text);
    }
}
