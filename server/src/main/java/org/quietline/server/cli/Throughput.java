package org.quietline.server.cli;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.quietline.classify.Classifier;

/**
 * Messages classified per second on the calling thread, over the texts an evaluation read: a warm-up of the
 * same length first, so that the JIT has compiled the hot path. Reported by wall clock and by the thread's
 * CPU time; on a machine shared with other work the CPU-time figure is the closer one to a core's capacity.
 * Timings here are figures for people, never pass/fail.
 */
final class Throughput {

    private Throughput() {
    }

    static void measure(Map<String, List<CorpusFile.Line>> files, Classifier classifier, double seconds,
            PrintStream out) {
        String[] texts = EvalCommand.texts(files).toArray(String[]::new);
        if (texts.length == 0) {
            out.println("throughput: nothing to classify");
            return;
        }
        run(texts, classifier, seconds);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long wallStart = System.nanoTime();
        long done = run(texts, classifier, seconds);
        double wall = (System.nanoTime() - wallStart) / 1e9;
        double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        out.printf(Locale.ROOT, "%nthroughput messages=%d seconds=%.2f per_second=%.0f per_cpu_second=%.0f"
                + " (one thread, %d distinct texts)%n", done, wall, done / wall, done / cpu, texts.length);
    }

    private static long run(String[] texts, Classifier classifier, double seconds) {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        long done = 0;
        double sink = 0;
        while (System.nanoTime() < deadline) {
            for (String text : texts) {
                sink += classifier.classify(text).spamScore();
            }
            done += texts.length;
        }
        if (sink < 0) {
            throw new IllegalStateException("a spam score below 0");
        }
        return done;
    }
}
