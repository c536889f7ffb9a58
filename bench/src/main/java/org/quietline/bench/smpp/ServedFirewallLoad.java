package org.quietline.bench.smpp;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The SMPP firewall as {@code quietline serve} runs it (the platform's engine, consent ledger and audit log in its
 * database), under the load benchmark's traffic ({@link Workload}) from 4 ESME connections in a closed loop: what
 * an operator gets, database included. {@code bench/smpp-serve.sh} starts the platform and the SMSC simulator and
 * runs this against them; it prints the sustained rate and what was refused or throttled.
 *
 * <pre>java -cp bench/target/benchmarks.jar org.quietline.bench.smpp.ServedFirewallLoad port system_id password [seconds=10] [window=64]</pre>
 */
public final class ServedFirewallLoad {

    private static final int CONNECTIONS = 4;

    private ServedFirewallLoad() {
    }

    /** Warms up for the same time, then measures. */
    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        String systemId = args[1];
        String password = args[2];
        long nanos = Duration.ofSeconds(args.length > 3 ? Integer.parseInt(args[3]) : 10).toNanos();
        int window = args.length > 4 ? Integer.parseInt(args[4]) : 64;
        List<byte[]> bodies = new Workload().bodies();
        List<LoadGenerator> generators = new ArrayList<>();
        for (int i = 0; i < CONNECTIONS; i++) {
            generators.add(new LoadGenerator(port, systemId, password,
                    bodies.subList(i * bodies.size() / CONNECTIONS, (i + 1) * bodies.size() / CONNECTIONS), 0));
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(CONNECTIONS)) {
            for (String phase : List.of("warm-up", "measured")) {
                long t0 = System.nanoTime();
                List<Future<LoadGenerator.Tally>> runs = new ArrayList<>();
                for (LoadGenerator g : generators) {
                    runs.add(pool.submit(() -> g.closedLoop(nanos, window)));
                }
                long ok = 0;
                long throttled = 0;
                long other = 0;
                for (Future<LoadGenerator.Tally> run : runs) {
                    LoadGenerator.Tally t = run.get();
                    ok += t.ok;
                    throttled += t.throttled;
                    other += t.other;
                }
                double seconds = (System.nanoTime() - t0) / 1e9;
                System.out.printf(Locale.ROOT, "%-8s  %,9.0f submit_sm/s accepted over %.1f s (%,d accepted, %,d throttled, %,d refused)%n",
                        phase, ok / seconds, seconds, ok, throttled, other);
            }
        } finally {
            for (LoadGenerator g : generators) {
                g.close();
            }
        }
        System.exit(0);
    }
}
