package org.quietline.bench.calls;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * A quick look without JMH: 5 s of warm-up, then 10 s measured, printed as operations per second of wall time
 * and per second of this thread's CPU time (the latter holds on a machine shared with other work).
 */
final class QuickLook {

    private QuickLook() {
    }

    static void run(String unit, Runnable operation) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        for (int round = 0; round < 2; round++) {
            long count = 0;
            long wall0 = System.nanoTime();
            long cpu0 = cpu.getCurrentThreadCpuTime();
            long end = wall0 + (round == 0 ? 5_000_000_000L : 10_000_000_000L);
            while (System.nanoTime() < end) {
                operation.run();
                count++;
            }
            if (round == 1) {
                double wall = (System.nanoTime() - wall0) / 1e9;
                double cpuSeconds = (cpu.getCurrentThreadCpuTime() - cpu0) / 1e9;
                System.out.printf("%,.0f %s/s (wall), %,.0f %s/s per CPU-second%n", count / wall, unit,
                        count / cpuSeconds, unit);
            }
        }
    }
}
