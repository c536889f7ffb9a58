package org.quietline.bench.smpp;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.quietline.smpp.Firewall;
import org.quietline.smpp.TransportRelay;

/**
 * The SMPP load benchmark, in one process tree: an ESME load generator (this JVM) → {nothing | a plain jSMPP
 * relay | a pass-through relay on the firewall's transport | the firewall with a screener that allows
 * everything unseen | the Quietline firewall} (this JVM) → jSMPP's SMSC simulator (a child JVM). For each path
 * it prints the sustained rate (closed loop) with the CPU time per submit_sm of proxy, SMSC and generator, and
 * the latency at a fixed offered rate (open loop, measured from the scheduled send time, so a stall is not
 * hidden); then the firewall's ratio to the other three proxies and the latency it adds. Figures, never
 * pass/fail (docs/smpp.md, "Load benchmark").
 *
 * <pre>java [-Dbench.rounds=2] -cp bench/target/benchmarks.jar org.quietline.bench.smpp.FirewallLoad [seconds=10] [rate=20000] [connections=4] [window=64] [screening budget ms, 0 = inline] [paths=direct,relay,transport,unscreened,firewall]</pre>
 */
public final class FirewallLoad {

    private FirewallLoad() {
    }

    private record Options(int seconds, int rate, int connections, int window, Duration budget, String paths) {
        static Options of(String[] args) {
            return new Options(arg(args, 0, 10), arg(args, 1, 20_000), arg(args, 2, 4), arg(args, 3, 64),
                    Duration.ofMillis(arg(args, 4, 0)), args.length > 5 ? args[5] : "direct,relay,transport,unscreened,firewall");
        }

        boolean runs(String path) {
            return List.of(paths.split(",")).contains(path);
        }

        private static int arg(String[] args, int i, int otherwise) {
            return args.length > i ? Integer.parseInt(args[i]) : otherwise;
        }

        long nanos() {
            return Duration.ofSeconds(seconds).toNanos();
        }
    }

    /** Where the generator connects, and as whom. */
    private record Target(String name, int port, String systemId, String password) {
    }

    /** The sustained rate of one round. */
    record Sustained(double perSecond, long throttled, long refused, CpuShare cpu) {
    }

    /** The latency of one round at the fixed rate (milliseconds). */
    record Latency(double p50, double p99, double p999, double max, long answered, long notAccepted, CpuShare cpu) {
    }

    /** Runs the benchmark. */
    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.setProperty("org.slf4j.simpleLogger.log.org.jsmpp", "error");
        Options o = Options.of(args);
        double loadBefore = Machine.loadAverage();
        Workload workload = new Workload();
        Report report = new Report(o.rate());
        try (SmscChild smsc = SmscChild.start(freePort())) {
            System.out.printf(Locale.ROOT, "SMPP load: ESME load generator (this JVM) -> {direct | plain jSMPP relay | pass-through"
                    + " relay | unscreened firewall | Quietline firewall} (this JVM) -> jSMPP SMPPServerSimulator (child JVM)%n%d cores, %s, Java %s;"
                    + " load average %.2f before; %d connections x window %d; %d s per measurement, every path warmed up"
                    + " first (%d s at saturation, %d s at %,d/s); screening budget %s%n%n", Machine.cores(),
                    System.getProperty("os.name"), Runtime.version(), loadBefore, o.connections(), o.window(), o.seconds(),
                    warmUpSeconds(o), warmUpSeconds(o), o.rate(), o.budget().isZero() ? "none" : o.budget().toMillis() + " ms");
            Target direct = new Target(Report.DIRECT, smsc.port(), SmscChild.SYSTEM_ID, SmscChild.PASSWORD);
            try (PlainRelay relay = new PlainRelay(smsc.port(), SmscChild.SYSTEM_ID, SmscChild.PASSWORD,
                         o.connections(), o.window());
                 TransportRelay transport = TransportRelay.start(smsc.port(), SmscChild.SYSTEM_ID, SmscChild.PASSWORD,
                         o.connections(), o.window(), "relay", "pw");
                 Firewall unscreened = workload.unscreened(smsc.port(), o.connections(), o.window(), o.budget());
                 Firewall firewall = workload.firewall(smsc.port(), o.connections(), o.window(), o.budget())) {
                while (!firewall.smscBound() || !unscreened.smscBound()) {
                    Thread.sleep(20);
                }
                List<Target> targets = new ArrayList<>();
                if (o.runs("direct")) {
                    targets.add(direct);
                }
                if (o.runs("relay")) {
                    targets.add(new Target(Report.RELAY, relay.port(), "esme", "x"));
                }
                if (o.runs("transport")) {
                    targets.add(new Target(Report.TRANSPORT, transport.port(), "relay", "pw"));
                }
                if (o.runs("unscreened")) {
                    targets.add(new Target(Report.UNSCREENED, unscreened.port(), Workload.PLATFORM,
                            Workload.PLATFORM_PASSWORD));
                }
                if (o.runs("firewall")) {
                    targets.add(new Target(Report.FIREWALL, firewall.port(), Workload.PLATFORM, Workload.PLATFORM_PASSWORD));
                }
                // every path runs once before anything is measured, so that the JIT has compiled all of them
                // (on two cores it competes with the load); then they take turns, each round in the order opposite
                // to the last, so that a neighbour's load on a shared machine falls on each and no path always
                // follows the same one
                for (Target t : targets) {
                    warmUp(t, o, workload);
                }
                for (int round = 1; round <= ROUNDS; round++) {
                    List<Target> order = round % 2 == 1 ? targets : targets.reversed();
                    for (Target t : order) {
                        measure(t, round, o, workload, smsc, report);
                    }
                }
            }
        }
        report.summary(Machine.loadAverage());
        System.exit(0);
    }

    /** How many times the paths take turns ({@code -Dbench.rounds}, at least 2). */
    static final int ROUNDS = Math.max(2, Integer.getInteger("bench.rounds", 2));

    private static int warmUpSeconds(Options o) {
        return Math.max(5, o.seconds());
    }

    /** Per connection, where its generator stopped in the bodies: each body is sent once before any again. */
    private static final long[] CURSORS = new long[256];

    /** Saturation, then the fixed rate, for the warm-up time each; nothing is reported. */
    private static void warmUp(Target t, Options o, Workload workload) throws Exception {
        List<LoadGenerator> generators = connect(t, o, workload);
        try {
            long nanos = Duration.ofSeconds(warmUpSeconds(o)).toNanos();
            all(generators, g -> g.closedLoop(nanos, o.window()));
            all(generators, g -> g.openLoop(nanos, o.rate() / generators.size()));
        } finally {
            disconnect(generators);
        }
    }

    private static void measure(Target t, int round, Options o, Workload workload, SmscChild smsc, Report report)
            throws Exception {
        List<LoadGenerator> generators = connect(t, o, workload);
        try {
            // a short settling run on the new connections
            all(generators, g -> g.closedLoop(Duration.ofSeconds(2).toNanos(), o.window()));
            long from = System.currentTimeMillis();
            Sustained sustained = closed(generators, o, smsc);
            mark(t, round, "sustained", from, sustained.perSecond());
            report.sustained(t.name(), round, sustained);
            from = System.currentTimeMillis();
            Latency latency = open(generators, o, smsc);
            mark(t, round, "rate", from, o.rate());
            report.latency(t.name(), round, latency);
        } finally {
            disconnect(generators);
        }
    }

    /**
     * With {@code -Dbench.marks=true}, a line saying when a measurement ran (epoch milliseconds) and at what rate,
     * for tools that cut a profile of the whole run into its measurements ({@code bench/smpp-profile.sh}).
     */
    private static void mark(Target t, int round, String what, long from, double perSecond) {
        if (Boolean.getBoolean("bench.marks")) {
            System.out.printf(Locale.ROOT, "mark|%s|%d|%s|%d|%d|%.0f%n", t.name(), round, what, from,
                    System.currentTimeMillis(), perSecond);
        }
    }

    private static List<LoadGenerator> connect(Target t, Options o, Workload workload) throws IOException {
        List<byte[]> bodies = workload.bodies();
        List<LoadGenerator> generators = new ArrayList<>();
        for (int i = 0; i < o.connections(); i++) {
            List<byte[]> mine = bodies.subList(i * bodies.size() / o.connections(), (i + 1) * bodies.size() / o.connections());
            generators.add(new LoadGenerator(t.port(), t.systemId(), t.password(), mine, CURSORS[i]));
        }
        return generators;
    }

    private static void disconnect(List<LoadGenerator> generators) throws IOException {
        for (int i = 0; i < generators.size(); i++) {
            CURSORS[i] = generators.get(i).cursor();
            generators.get(i).close();
        }
    }

    private static Sustained closed(List<LoadGenerator> generators, Options o, SmscChild smsc) throws Exception {
        CpuShare.Start start = new CpuShare.Start(smsc, generators);
        long t0 = System.nanoTime();
        List<LoadGenerator.Tally> tallies = all(generators, g -> g.closedLoop(o.nanos(), o.window()));
        double elapsed = (System.nanoTime() - t0) / 1e9;
        long ok = tallies.stream().mapToLong(t -> t.ok).sum();
        long throttled = tallies.stream().mapToLong(t -> t.throttled).sum();
        long refused = tallies.stream().mapToLong(t -> t.other).sum();
        CpuShare cpu = start.end(smsc, generators, senders(tallies), ok + throttled + refused);
        return new Sustained(ok / elapsed, throttled, refused, cpu);
    }

    private static Latency open(List<LoadGenerator> generators, Options o, SmscChild smsc) throws Exception {
        CpuShare.Start start = new CpuShare.Start(smsc, generators);
        List<LoadGenerator.Tally> tallies = all(generators, g -> g.openLoop(o.nanos(), o.rate() / generators.size()));
        long[] ms = tallies.stream().flatMapToLong(t -> Arrays.stream(t.latencies, 0, t.n)).sorted().toArray();
        long notAccepted = tallies.stream().mapToLong(t -> t.throttled + t.other).sum();
        CpuShare cpu = start.end(smsc, generators, senders(tallies), ms.length + notAccepted);
        return new Latency(percentile(ms, 0.50), percentile(ms, 0.99), percentile(ms, 0.999), percentile(ms, 1.0),
                ms.length, notAccepted, cpu);
    }

    private static long senders(List<LoadGenerator.Tally> tallies) {
        return tallies.stream().mapToLong(t -> t.senderCpuNanos).sum();
    }

    private interface Run {
        LoadGenerator.Tally on(LoadGenerator g) throws Exception;
    }

    private static List<LoadGenerator.Tally> all(List<LoadGenerator> generators, Run run) throws Exception {
        try (ExecutorService pool = Executors.newThreadPerTaskExecutor(Thread.ofPlatform().name("load-sender-", 0).factory())) {
            List<Future<LoadGenerator.Tally>> futures = new ArrayList<>();
            for (LoadGenerator g : generators) {
                futures.add(pool.submit((Callable<LoadGenerator.Tally>) () -> run.on(g)));
            }
            List<LoadGenerator.Tally> out = new ArrayList<>();
            for (Future<LoadGenerator.Tally> f : futures) {
                out.add(f.get());
            }
            return out;
        }
    }

    private static double percentile(long[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.max(0, Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1))] / 1e6;
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
