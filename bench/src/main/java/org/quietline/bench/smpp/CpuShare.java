package org.quietline.bench.smpp;

import java.util.List;

/**
 * Where the CPU went during one measured run: per submit_sm, in the proxy (this JVM minus the generator's
 * threads: so GC and JIT of this JVM count as the proxy's), the SMSC simulator (its JVM) and the load
 * generator (its threads); and how busy the machine's cores were, with the part of other processes.
 *
 * @param proxyMicros     proxy CPU per submit_sm (µs)
 * @param smscMicros      SMSC simulator CPU per submit_sm (µs)
 * @param generatorMicros generator CPU per submit_sm (µs)
 * @param busy            share of all cores busy during the run (0–1)
 * @param others          share of all cores used by other processes (0–1)
 * @param gc              the benchmark JVM's collection pauses during the run
 */
record CpuShare(double proxyMicros, double smscMicros, double generatorMicros, double busy, double others,
                GcPauses.Seen gc) {

    double totalMicros() {
        return proxyMicros + smscMicros + generatorMicros;
    }

    /** Counters at the start of a run. */
    static final class Start {
        private final long wall = System.nanoTime();
        private final long jvm = Machine.processCpuNanos();
        private final long machine = Machine.busyNanos();
        private final long smsc;
        private final long readers;

        Start(SmscChild child, List<LoadGenerator> generators) {
            smsc = child.cpuNanos();
            readers = readers(generators);
            GcPauses.reset();
        }

        /** The shares since the start, for {@code submits} submits and the senders' CPU time. */
        CpuShare end(SmscChild child, List<LoadGenerator> generators, long senderNanos, long submits) {
            long wallNanos = System.nanoTime() - wall;
            long generator = readers(generators) - readers + senderNanos;
            long proxy = Machine.processCpuNanos() - jvm - generator;
            long simulator = child.cpuNanos() - smsc;
            long busyNanos = Machine.busyNanos() - machine;
            double all = (double) wallNanos * Machine.cores();
            double n = Math.max(1, submits) * 1_000.0;
            return new CpuShare(proxy / n, simulator / n, generator / n, busyNanos / all,
                    Math.max(0, busyNanos - (proxy + generator + simulator)) / all, GcPauses.seen());
        }

        private static long readers(List<LoadGenerator> generators) {
            return generators.stream().mapToLong(LoadGenerator::readerCpuNanos).sum();
        }
    }
}
