package org.quietline.bench.screening;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.IntSupplier;

/**
 * One figure of the screening benchmarks measured in thread CPU time as well as wall time, for shared
 * machines: CPU time leaves out the time the thread waited for a core, so operations per CPU-second
 * estimate operations per second per core even when other processes compete (they still share the
 * caches, so a busy machine lowers this figure too). JMH ({@link ScreeningBenchmark},
 * {@link ClassificationBenchmark}) stays the reference on a quiet machine. {@code bench/screening.sh}
 * runs every figure, each in a JVM of its own.
 *
 * <p>Workloads: {@code classify} (the shipped classifier alone), {@code screen} (full screening with the
 * shipped classifier: everything), {@code engine} (full screening with a precomputed classification per
 * text: the engine and its checks alone). Prints one line: the medians of the rounds. Workload {@code checks}
 * is {@code screen} with the time split by check instead ({@link Breakdown}).
 *
 * <pre>java -cp bench/target/benchmarks.jar org.quietline.bench.screening.ScreeningCpuTime builtin|corpus classify|screen|engine|checks [rounds] [per-round]</pre>
 */
public final class ScreeningCpuTime {

    private ScreeningCpuTime() {
    }

    /** Warms up for three rounds, then prints the median wall and CPU throughput of the rounds. */
    public static void main(String[] args) {
        String messages = args.length > 0 ? args[0] : "builtin";
        String workload = args.length > 1 ? args[1] : "screen";
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        int perRound = args.length > 3 ? Integer.parseInt(args[3]) : 1_000_000;
        if (messages.equals("corpus") && Messages.corpus(Messages.shared(), 1).isEmpty()) {
            System.out.printf("%-8s %-8s skipped: no corpora under %s/data%n", messages, workload, Messages.shared().toAbsolutePath());
            return;
        }
        if (workload.equals("checks")) {
            Breakdown.run(messages, rounds * perRound);
            return;
        }
        IntSupplier op = operation(messages, workload);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sink = 0;
        for (int i = 0; i < 3 * perRound; i++) {
            sink += op.getAsInt();
        }
        double[] wall = new double[rounds];
        double[] cpu = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long w0 = System.nanoTime();
            long c0 = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < perRound; i++) {
                sink += op.getAsInt();
            }
            cpu[r] = perRound / ((threads.getCurrentThreadCpuTime() - c0) / 1e9);
            wall[r] = perRound / ((System.nanoTime() - w0) / 1e9);
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        System.out.printf(Locale.ROOT, "%-8s %-8s %,11.0f per CPU-second (%,.0f–%,.0f)  %,11.0f per second wall  (%d rounds of %,d; %d)%n",
                messages, workload, cpu[rounds / 2], cpu[0], cpu[rounds - 1], wall[rounds / 2], rounds, perRound, sink & 1);
    }

    private static IntSupplier operation(String messages, String workload) {
        if (workload.equals("classify")) {
            ClassificationBenchmark bench = new ClassificationBenchmark();
            bench.messages = messages;
            bench.setUp();
            return () -> bench.classify().category().ordinal();
        }
        if (!workload.equals("screen") && !workload.equals("engine")) {
            throw new IllegalArgumentException("workload is classify, screen or engine, not " + workload);
        }
        ScreeningBenchmark bench = new ScreeningBenchmark();
        bench.messages = messages;
        bench.classifier = workload.equals("screen") ? "shipped" : "stand-in";
        bench.setUp();
        return () -> bench.screen().reasons().size();
    }
}
