package org.quietline.bench.optout;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * MO → enforced latency of a running platform (its JDBC ledger on H2 or PostgreSQL, its real engine), over
 * loopback HTTP, under a steady screening load. Load threads screen marketing at a fixed total rate; the
 * measuring thread records a MARKETING consent for a fresh subscriber, then times from sending "TD" to
 * {@code POST /api/v1/mo} until a screening of the merchant's next marketing to that subscriber answers BLOCK.
 * Bounded in count and time; loopback only.
 *
 * <pre>
 * SERVER_PORT=8080 QUIETLINE_BOOTSTRAP_API_KEY=bench-key-0123456789abcdef ./quietline serve &amp;
 * java -cp bench/target/benchmarks.jar org.quietline.bench.optout.MoLatencyHttp http://127.0.0.1:8080 \
 *      bench-key-0123456789abcdef 20 200 2
 * </pre>
 * Arguments: base URL, an API key (ADMIN or one per role), seconds, screenings per second, load threads.
 */
public final class MoLatencyHttp {

    private static final String PORT = "1069077788";
    private static final String MARKETING = "【优选商城】双11全场5折，满300减50，回T退订";

    private MoLatencyHttp() {
    }

    /** Runs the measurement. */
    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
        if (!URI.create(base).getHost().matches("127\\.\\d+\\.\\d+\\.\\d+|localhost|\\[?::1]?")) {
            throw new IllegalArgumentException("this load generator only targets loopback addresses");
        }
        String key = args.length > 1 ? args[1] : "bench-key-0123456789abcdef";
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        int rate = args.length > 3 ? Integer.parseInt(args[3]) : 200;
        int threads = args.length > 4 ? Integer.parseInt(args[4]) : 2;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Api api = new Api(http, base, key);

        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong screened = new AtomicLong();
        Thread[] load = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            long seed = t;
            load[t] = Thread.ofPlatform().start(() -> steadyLoad(api, rate / threads, seed, running, screened));
        }
        long[] latencies = new long[seconds * 50];
        int n = 0;
        int notBlocked = 0;
        long started = System.nanoTime();
        long end = started + seconds * 1_000_000_000L;
        while (System.nanoTime() < end && n < latencies.length) {
            String subscriber = "+86137" + String.format("%08d", (int) (started / 1000 % 50_000_000) + n);
            api.post("/api/v1/consents", "{\"subscriber\":\"" + subscriber + "\",\"merchant\":\"优选商城\","
                    + "\"scope\":\"MARKETING\",\"source\":\"SIGNUP\",\"evidence\":\"bench\"}");
            long t0 = System.nanoTime();
            api.post("/api/v1/mo", "{\"from\":\"" + subscriber + "\",\"to\":\"" + PORT + "\",\"text\":\"TD\"}");
            String verdict = api.post("/api/v1/screenings", screening(subscriber));
            long t1 = System.nanoTime();
            if (!verdict.contains("\"action\":\"BLOCK\"")) {
                notBlocked++;
            }
            latencies[n++] = t1 - t0;
            LockSupport.parkNanos(10_000_000);
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        running.set(false);
        for (Thread t : load) {
            t.join();
        }
        long[] sorted = Arrays.copyOf(latencies, n);
        Arrays.sort(sorted);
        System.out.printf("MO -> enforced latency over HTTP (%s), %d MOs in %.1f s under %.0f screenings/s (%d threads):%n",
                base, n, elapsed, screened.get() / elapsed, threads);
        System.out.printf("  p50 %.2f ms   p99 %.2f ms   max %.2f ms   not blocked after the MO answer: %d%n",
                ms(sorted, 0.50), ms(sorted, 0.99), sorted[n - 1] / 1e6, notBlocked);
    }

    private static void steadyLoad(Api api, int rate, long seed, AtomicBoolean running, AtomicLong screened) {
        SplittableRandom random = new SplittableRandom(seed);
        long interval = 1_000_000_000L / Math.max(1, rate);
        long next = System.nanoTime();
        while (running.get()) {
            api.post("/api/v1/screenings", screening("+86139" + String.format("%08d", random.nextInt(100_000_000))));
            screened.incrementAndGet();
            next += interval;
            long wait = next - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
        }
    }

    private static String screening(String recipient) {
        return "{\"sender\":\"" + PORT + "12\",\"recipient\":\"" + recipient + "\",\"text\":\"" + MARKETING + "\"}";
    }

    private static double ms(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }

    private record Api(HttpClient http, String base, String key) {
        String post(String path, String json) {
            HttpRequest r = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
            try {
                HttpResponse<String> a = http.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (a.statusCode() >= 400) {
                    throw new IllegalStateException(path + " answered " + a.statusCode());
                }
                return a.body();
            } catch (java.io.IOException e) {
                throw new IllegalStateException(path + ": " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
