package org.quietline.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.quietline.classify.Classification;
import org.quietline.classify.LinearClassifier;

/**
 * Messages classified per second on one thread (so per core) by the shipped model, over typical SMS of
 * about 70 characters written for this benchmark ({@code typical-sms.txt}: codes, notices, marketing,
 * fraud, personal; Chinese and English), and over 8,192 varied copies of them that leave the caches cold.
 * Run: {@code java -jar bench/target/benchmarks.jar ClassifierBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class ClassifierBenchmark {

    /** Variants made of the typical messages for {@link #classifyVaried}: enough to leave the caches cold. */
    private static final int VARIANTS = 8192;

    private LinearClassifier classifier;
    private String[] messages;
    private String[] variants;
    private int next;
    private int nextVariant;

    @Setup
    public void setUp() {
        classifier = LinearClassifier.shipped();
        messages = typicalMessages();
        variants = variants(messages, VARIANTS, new SplittableRandom(1));
    }

    /** One message per call, cycling through the set so that the branch predictor cannot learn one text. */
    @Benchmark
    public Classification classify() {
        String text = messages[next];
        next = next + 1 == messages.length ? 0 : next + 1;
        return classifier.classify(text);
    }

    /**
     * As {@link #classify}, over 8,192 variants of the typical messages in which a third of the characters
     * were replaced by random ones of the same kind (CJK, Latin letter, digit): real traffic touches far more
     * of the model than 24 texts do, so this is the figure with the model mostly out of the L1/L2 caches.
     */
    @Benchmark
    public Classification classifyVaried() {
        String text = variants[nextVariant];
        nextVariant = (nextVariant + 1) & (VARIANTS - 1);
        return classifier.classify(text);
    }

    static String[] variants(String[] messages, int count, SplittableRandom random) {
        String[] variants = new String[count];
        for (int v = 0; v < count; v++) {
            char[] text = messages[v % messages.length].toCharArray();
            for (int i = 0; i < text.length; i++) {
                if (random.nextInt(3) == 0) {
                    text[i] = similar(text[i], random);
                }
            }
            variants[v] = new String(text);
        }
        return variants;
    }

    private static char similar(char c, SplittableRandom random) {
        if (c >= 0x4E00 && c <= 0x9FFF) {
            return (char) random.nextInt(0x4E00, 0x9FA6);
        }
        if (c >= 'a' && c <= 'z') {
            return (char) random.nextInt('a', 'z' + 1);
        }
        if (c >= '0' && c <= '9') {
            return (char) random.nextInt('0', '9' + 1);
        }
        return c;
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
