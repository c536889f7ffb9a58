package org.quietline.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.quietline.classify.Classification;
import org.quietline.classify.LinearClassifier;

/**
 * Messages classified per second on one thread (so per core) by the shipped model, over typical SMS of
 * about 70 characters written for this benchmark ({@code typical-sms.txt}: codes, notices, marketing,
 * fraud, personal; Chinese and English). Run: {@code java -jar bench/target/benchmarks.jar ClassifierBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class ClassifierBenchmark {

    private LinearClassifier classifier;
    private String[] messages;
    private int next;

    @Setup
    public void setUp() {
        classifier = LinearClassifier.shipped();
        messages = typicalMessages();
    }

    /** One message per call, cycling through the set so that the branch predictor cannot learn one text. */
    @Benchmark
    public Classification classify() {
        String text = messages[next];
        next = next + 1 == messages.length ? 0 : next + 1;
        return classifier.classify(text);
    }

    static String[] typicalMessages() {
        try (InputStream in = ClassifierBenchmark.class.getResourceAsStream("typical-sms.txt");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
