package org.quietline.smpp;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The firewall's Micrometer meters, per platform (tag {@code platform} = system_id):
 * {@code quietline.smpp.submits}, {@code quietline.smpp.outcomes} (tag {@code outcome}: the verdict's action,
 * FAILED_OPEN, FAILED_CLOSED or a refusal before screening), {@code quietline.smpp.latency} (submit to
 * response, with a histogram), and without platform {@code quietline.smpp.window.occupancy},
 * {@code quietline.smpp.reassembly.parts}, {@code quietline.smpp.receipts} (tag {@code routed}) and
 * {@code quietline.smpp.replies}. Meters are made once per platform and cached. Thread-safe.
 */
final class FirewallMetrics {

    private record PlatformMeters(Counter submits, Timer latency, Map<String, Counter> outcomes) {
    }

    private final MeterRegistry registry;
    private final Map<String, PlatformMeters> platforms = new ConcurrentHashMap<>();

    FirewallMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void gauges(Supplier<Number> occupancy, Supplier<Number> parts, Supplier<Number> sessions) {
        Gauge.builder("quietline.smpp.window.occupancy", occupancy).description("SMSC window slots in use, 0–1")
                .register(registry);
        Gauge.builder("quietline.smpp.reassembly.parts", parts).description("parts of long messages waiting")
                .register(registry);
        Gauge.builder("quietline.smpp.esme.sessions", sessions).description("bound ESME sessions").register(registry);
    }

    void submitted(String platform) {
        meters(platform).submits().increment();
    }

    void outcome(String platform, String outcome, long startNanos) {
        PlatformMeters m = meters(platform);
        Counter counter = m.outcomes().get(outcome);
        if (counter == null) {
            // looked up first: the registering lambda captures the platform, an allocation per submit otherwise
            counter = m.outcomes().computeIfAbsent(outcome, o -> Counter.builder("quietline.smpp.outcomes")
                    .tag("platform", platform).tag("outcome", o).register(registry));
        }
        counter.increment();
        m.latency().record(System.nanoTime() - startNanos, TimeUnit.NANOSECONDS);
    }

    void receipt(boolean routed) {
        registry.counter("quietline.smpp.receipts", "routed", Boolean.toString(routed)).increment();
    }

    void reply(String outcome) {
        registry.counter("quietline.smpp.replies", "outcome", outcome).increment();
    }

    private PlatformMeters meters(String platform) {
        PlatformMeters known = platforms.get(platform);
        // looked up first: the registering lambda captures the registry, an allocation per submit otherwise
        return known != null ? known : platforms.computeIfAbsent(platform, p -> new PlatformMeters(
                Counter.builder("quietline.smpp.submits").tag("platform", p).register(registry),
                Timer.builder("quietline.smpp.latency").tag("platform", p).publishPercentileHistogram()
                        .description("submit_sm to submit_sm_resp").register(registry),
                new ConcurrentHashMap<>()));
    }
}
