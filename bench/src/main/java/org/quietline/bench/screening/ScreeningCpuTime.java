package org.quietline.bench.screening;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * The screening benchmark's workload measured in thread CPU time as well as wall time, for shared
 * machines: CPU time leaves out the time the thread waited for a core, so verdicts per CPU-second
 * estimate verdicts per second per core even when other processes compete. JMH
 * ({@link ScreeningBenchmark}) stays the reference on a quiet machine.
 *
 * <pre>java -cp bench/target/benchmarks.jar org.quietline.bench.screening.ScreeningCpuTime [builtin|corpus] [rounds] [stand-in|shipped]</pre>
 */
public final class ScreeningCpuTime {

    private static final int PER_ROUND = 2_000_000;

    private ScreeningCpuTime() {
    }

    /** Warms up, then prints wall and CPU throughput per round and their medians. */
    public static void main(String[] args) {
        ScreeningBenchmark bench = new ScreeningBenchmark();
        bench.messages = args.length > 0 ? args[0] : "builtin";
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        bench.classifier = args.length > 2 ? args[2] : "stand-in";
        bench.setUp();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sink = 0;
        for (int i = 0; i < 3 * PER_ROUND; i++) {
            sink += bench.screen().reasons().size();
        }
        double[] wall = new double[rounds];
        double[] cpu = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long w0 = System.nanoTime();
            long c0 = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < PER_ROUND; i++) {
                sink += bench.screen().reasons().size();
            }
            wall[r] = PER_ROUND / ((System.nanoTime() - w0) / 1e9);
            cpu[r] = PER_ROUND / ((threads.getCurrentThreadCpuTime() - c0) / 1e9);
            System.out.printf(Locale.ROOT, "round %d: %,.0f verdicts/s wall, %,.0f verdicts per CPU-second%n", r + 1, wall[r], cpu[r]);
        }
        java.util.Arrays.sort(wall);
        java.util.Arrays.sort(cpu);
        System.out.printf(Locale.ROOT, "%s, %s classifier, median: %,.0f verdicts/s wall, %,.0f verdicts per CPU-second (%d reasons seen)%n",
                bench.messages, bench.classifier, wall[rounds / 2], cpu[rounds / 2], sink);
    }
}
