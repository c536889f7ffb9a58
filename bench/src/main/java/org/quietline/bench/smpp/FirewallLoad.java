package org.quietline.bench.smpp;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jsmpp.examples.SMPPServerSimulator;
import org.quietline.classify.Category;
import org.quietline.classify.Classification;
import org.quietline.classify.Classifier;
import org.quietline.consent.Change;
import org.quietline.consent.ConsentCheck;
import org.quietline.consent.ConsentRegister;
import org.quietline.consent.InMemoryConsentLedger;
import org.quietline.consent.MerchantId;
import org.quietline.consent.MerchantOf;
import org.quietline.consent.OwnMessages;
import org.quietline.consent.Scope;
import org.quietline.consent.Source;
import org.quietline.number.PhoneNumber;
import org.quietline.number.Sender;
import org.quietline.optout.InMemoryRecentSenders;
import org.quietline.screening.Policy;
import org.quietline.screening.Screener;
import org.quietline.screening.shipped.ShippedScreening;
import org.quietline.smpp.FailurePolicy;
import org.quietline.smpp.Firewall;
import org.quietline.smpp.FirewallSettings;
import org.quietline.smpp.SmscSettings;
import org.quietline.smpp.SubscriberReplies;
import org.quietline.smpp.VerdictLog;
import org.quietline.smpp.platform.InMemoryPlatformRegistry;
import org.quietline.smpp.platform.PasswordHash;
import org.quietline.smpp.platform.Platform;
import org.quietline.smpp.platform.SenderGrant;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The SMPP load benchmark, in one JVM: an ESME load generator → {nothing | a plain jSMPP relay | the Quietline
 * firewall} → jSMPP's SMSC simulator. Prints sustained submit_sm/s (closed loop), latency at a fixed rate
 * (open loop) with what the relay and the firewall add over going direct, and the firewall's ratio to the relay.
 *
 * <pre>java -cp bench/target/benchmarks.jar org.quietline.bench.smpp.FirewallLoad [seconds] [rate] [connections] [window] [screening budget ms, 0 = inline]</pre>
 *
 * The relay and the firewall keep one SMSC link per ESME connection with the same window (the simulator queues
 * at most 100 PDUs a session and throttles beyond). The firewall runs the shipped engine and policy with the consent check, witnessed for opt-out, in memory;
 * the classifier is a stand-in (marker words), because core ships none yet. Figures, never pass/fail.
 */
public final class FirewallLoad {

    private static final String PORT = "1069012345";
    private static final String MERCHANT = "优选商城";
    private static final int MARKETED = 100_000;
    /** 10:00 in Shanghai: the firewall's clock starts there, so that quiet hours (21:00–08:00) never apply. */
    private static final Instant DAYTIME = Instant.parse("2026-11-11T02:00:00Z");

    private FirewallLoad() {
    }

    /** Runs the benchmark. */
    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.setProperty("org.slf4j.simpleLogger.log.org.jsmpp", "error");
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int rate = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        int connections = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        int window = args.length > 3 ? Integer.parseInt(args[3]) : 64;
        Duration budget = Duration.ofMillis(args.length > 4 ? Long.parseLong(args[4]) : 0);
        long nanos = Duration.ofSeconds(seconds).toNanos();

        int smscPort = freePort();
        Thread.ofPlatform().daemon().name("smsc-simulator").start(new SMPPServerSimulator(false, smscPort, "j", "jpwd"));
        Thread.sleep(300);
        List<PhoneNumber> subscribers = subscribers(10_000, 19);
        // marketing goes to a population of its own, each once per pass over the bodies, so that the shipped
        // frequency caps (2 a day from one merchant) do not turn the firewall's traffic into DEFERs
        List<PhoneNumber> marketed = subscribers(MARKETED, 23);
        List<byte[]> bodies = bodies(subscribers, marketed);

        System.out.printf("SMPP load: generator -> {direct | plain jSMPP relay | Quietline firewall} -> jSMPP SMSC simulator,"
                + " one JVM%n%d cores, load average %.2f at start, %s; %d connections x window %d, %d s per run after"
                + " a %d s warm-up; screening budget %s%n%n", Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), Runtime.version(), connections,
                window, seconds, Math.max(2, seconds / 2), budget.isZero() ? "none (inline)" : budget);

        Result direct = measure("direct to the SMSC", smscPort, "j", "jpwd", bodies, connections, window, rate, nanos);
        // the relay and the firewall take turns, twice, so that a neighbour's load on a shared machine falls on both;
        // each keeps its better round
        Result relay = null;
        Result firewall = null;
        try (PlainRelay plain = new PlainRelay(smscPort, "j", "jpwd", connections, window);
             Firewall fw = firewall(smscPort, marketed, connections, window, budget)) {
            while (!fw.smscBound()) {
                Thread.sleep(20);
            }
            Thread.sleep(300);
            for (int round = 0; round < 2; round++) {
                relay = better(relay, measure("plain jSMPP relay", plain.port(), "esme", "x", bodies, connections, window,
                        rate, nanos));
                firewall = better(firewall, measure("Quietline firewall", fw.port(), "bench", "pw", bodies, connections,
                        window, rate, nanos));
            }
        }

        System.out.printf("%nsustained: firewall %.0f submit_sm/s, plain relay %.0f submit_sm/s, ratio %.2f"
                + " (CPU per submit: firewall %.1f us, relay %.1f us, whole JVM)%n",
                firewall.throughput, relay.throughput, firewall.throughput / relay.throughput, firewall.cpuMicros,
                relay.cpuMicros);
        System.out.printf("added latency at %d submit_sm/s over going direct: firewall p50 %.3f ms, p99 %.3f ms;"
                + " plain relay p50 %.3f ms, p99 %.3f ms%n", rate,
                firewall.p50 - direct.p50, firewall.p99 - direct.p99, relay.p50 - direct.p50, relay.p99 - direct.p99);
        System.exit(0);
    }

    private record Result(double throughput, double p50, double p99, double cpuMicros) {
    }

    /** CPU time of this whole process (generator, proxy and SMSC together). */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** Per connection, where its generators stopped in the bodies: each body is sent once before any again. */
    private static final long[] CURSORS = new long[64];

    private static Result measure(String name, int port, String systemId, String password, List<byte[]> bodies,
                                  int connections, int window, int rate, long nanos) throws Exception {
        List<LoadGenerator> generators = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            List<byte[]> mine = new ArrayList<>(bodies.subList(i * bodies.size() / connections,
                    (i + 1) * bodies.size() / connections));
            generators.add(new LoadGenerator(port, systemId, password, mine, CURSORS[i]));
        }
        long warmUp = Math.max(2_000_000_000L, nanos / 2);
        all(generators, g -> g.closedLoop(warmUp, window));
        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        List<LoadGenerator.Tally> closed = all(generators, g -> g.closedLoop(nanos, window));
        long cpu = processCpuNanos() - cpuStart;
        double elapsed = (System.nanoTime() - start) / 1e9;
        long ok = closed.stream().mapToLong(t -> t.ok).sum();
        long throttled = closed.stream().mapToLong(t -> t.throttled).sum();
        long other = closed.stream().mapToLong(t -> t.other).sum();
        List<LoadGenerator.Tally> open = all(generators, g -> g.openLoop(nanos, rate / connections));
        long[] latencies = open.stream().flatMapToLong(t -> Arrays.stream(t.latencies, 0, t.n)).sorted().toArray();
        for (int i = 0; i < generators.size(); i++) {
            CURSORS[i] = generators.get(i).cursor();
            generators.get(i).close();
        }
        double p50 = percentile(latencies, 0.50);
        double p99 = percentile(latencies, 0.99);
        double cpuPerSubmit = cpu / 1e3 / Math.max(1, ok + throttled + other);
        System.out.printf("%-20s %8.0f submit_sm/s accepted (throttled %d, refused %d), %5.1f us CPU each (whole JVM);"
                + "  at %d/s: p50 %.3f ms  p99 %.3f ms (%d answered, %d not accepted)%n", name, ok / elapsed, throttled,
                other, cpuPerSubmit, rate, p50, p99, latencies.length,
                open.stream().mapToLong(t -> t.throttled + t.other).sum());
        return new Result(ok / elapsed, p50, p99, cpuPerSubmit);
    }

    private static Result better(Result kept, Result next) {
        return kept == null || next.throughput > kept.throughput ? next : kept;
    }

    private interface Run {
        LoadGenerator.Tally on(LoadGenerator g) throws Exception;
    }

    private static List<LoadGenerator.Tally> all(List<LoadGenerator> generators, Run run) throws Exception {
        try (ExecutorService pool = Executors.newThreadPerTaskExecutor(Thread.ofPlatform().factory())) {
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
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }

    private static Firewall firewall(int smscPort, List<PhoneNumber> marketed, int links, int window, Duration budget)
            throws IOException {
        ConsentRegister register = new ConsentRegister(new InMemoryConsentLedger());
        Instant joined = Instant.parse("2026-10-01T00:00:00Z");
        for (PhoneNumber p : marketed) {
            register.record(p, joined, Change.given(new MerchantId(MERCHANT), Scope.MARKETING, Source.SIGNUP, "sign-up"));
        }
        OwnMessages own = new OwnMessages();
        Policy policy = Policy.from(new Yaml(new SafeConstructor(new LoaderOptions())).load(Policy.openShipped()));
        Classifier markers = text -> text.contains("验证码") ? new Classification(Category.VERIFICATION_CODE, 0.95, 0.02)
                : text.contains("折") ? new Classification(Category.MARKETING, 0.9, 0.6)
                : new Classification(Category.NOTIFICATION, 0.8, 0.1);
        Screener witnessed = ShippedScreening.builder(policy, markers)
                .check(new ConsentCheck(register, MerchantOf.bySignature(), own, new InMemoryRecentSenders())).build();
        InMemoryPlatformRegistry platforms = new InMemoryPlatformRegistry().put(new Platform("bench", PasswordHash.of("pw"),
                1_000_000, List.of(new SenderGrant(MERCHANT, Sender.parse(PORT))), false));
        SmscSettings smsc = SmscSettings.of("127.0.0.1", smscPort, "j", "jpwd").withLinks(links, window);
        FirewallSettings settings = FirewallSettings.of(0, smsc).withBindAddress("127.0.0.1").withEsmeWindow(window, window * 4)
                .withScreeningBudget(budget);
        long started = System.nanoTime();
        InstantSource daytime = () -> DAYTIME.plusNanos(System.nanoTime() - started);
        return Firewall.start(settings, new Firewall.Parts(platforms, witnessed, FailurePolicy.defaults(Optional.of(markers)),
                SubscriberReplies.ignored(), VerdictLog.ignored(), new SimpleMeterRegistry(), daytime));
    }

    /**
     * Verification codes and notifications to a population of subscribers, and consented marketing to
     * another, one each: every message of the mix is forwarded.
     */
    private static List<byte[]> bodies(List<PhoneNumber> subscribers, List<PhoneNumber> marketed) {
        String[] texts = {
            "【" + MERCHANT + "】您的验证码是 %06d，5分钟内有效，请勿告诉他人。",
            "【" + MERCHANT + "】您的订单 %06d 已发货，请注意查收。",
            "【" + MERCHANT + "】会员日全场8折，券码 %06d，回T退订",
        };
        SplittableRandom random = new SplittableRandom(20);
        List<byte[]> bodies = new ArrayList<>();
        for (int i = 0; i < 3 * marketed.size(); i++) {
            String text = String.format(texts[i % texts.length], random.nextInt(1_000_000));
            PhoneNumber to = i % 3 == 2 ? marketed.get(i / 3) : subscribers.get(random.nextInt(subscribers.size()));
            bodies.add(LoadGenerator.submitBody(PORT + String.format("%02d", i % 100), to.e164(), text));
        }
        return bodies;
    }

    private static List<PhoneNumber> subscribers(int n, long seed) {
        List<PhoneNumber> out = new ArrayList<>(n);
        java.util.Set<PhoneNumber> seen = new java.util.HashSet<>();
        SplittableRandom random = new SplittableRandom(seed);
        while (out.size() < n) {
            PhoneNumber.tryParse("13" + (5 + random.nextInt(5)) + String.format("%08d", random.nextInt(100_000_000)))
                    .filter(seen::add).ifPresent(out::add);
        }
        return out;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
