package org.quietline.bench.smpp;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the machine is doing: its cores, load average, and CPU time used by everything on it (Linux
 * {@code /proc/stat}) and by this JVM, so that a run can say how busy the cores were and how much of that
 * was other processes.
 */
final class Machine {

    /** Linux reports /proc/stat in USER_HZ ticks, 100 a second on every common configuration. */
    private static final long NANOS_PER_TICK = 10_000_000L;

    private Machine() {
    }

    static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** CPU time of this JVM so far. */
    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** CPU time all cores have spent busy (not idle, not waiting for I/O) since boot; 0 where unknown. */
    static long busyNanos() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i < f.length && i <= 8; i++) {
                if (i != 4 && i != 5) { // idle, iowait
                    busy += Long.parseLong(f[i]);
                }
            }
            return busy * NANOS_PER_TICK;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
