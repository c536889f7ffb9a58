package org.quietline.bench.optout;

import java.time.Instant;
import java.time.InstantSource;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.quietline.bench.ShippedPolicy;
import org.quietline.classify.LinearClassifier;
import org.quietline.consent.ConsentCheck;
import org.quietline.consent.ConsentRegister;
import org.quietline.consent.InMemoryConsentLedger;
import org.quietline.consent.MerchantOf;
import org.quietline.consent.OwnMessages;
import org.quietline.merchant.InMemoryMerchantRegistry;
import org.quietline.merchant.Merchant;
import org.quietline.merchant.MerchantRegistry;
import org.quietline.number.PhoneNumber;
import org.quietline.number.Sender;
import org.quietline.number.SenderCode;
import org.quietline.optout.InMemoryRecentSenders;
import org.quietline.optout.Mo;
import org.quietline.optout.OptOutDesk;
import org.quietline.optout.OptOutSettings;
import org.quietline.optout.Outcome;
import org.quietline.optout.RecentSenders;
import org.quietline.screening.Action;
import org.quietline.screening.Screener;
import org.quietline.screening.Sms;
import org.quietline.screening.shipped.ShippedScreening;
import org.quietline.screening.Verdict;

/**
 * MO → enforced latency under a steady screening load. One thread screens marketing at a fixed rate to a
 * population of subscribers; another hands a "TD" to the opt-out desk every few milliseconds for a subscriber
 * who just got the merchant's marketing, then screens that merchant's next marketing message to that
 * subscriber at once. The latency runs from handing over the MO until that next message's verdict
 * (BLOCK, or the run counts a failure). Prints p50 / p99 / p99.9 / max and the screening rate reached.
 *
 * <pre>java -cp bench/target/benchmarks.jar org.quietline.bench.optout.MoLatency [seconds] [screenings/s]</pre>
 *
 * <p>The engine is the one the platform runs (every shipped check, the trained classifier, the consent check);
 * the ledger is in memory. See docs/optout.md for the figures with the JDBC ledger over HTTP.
 */
public final class MoLatency {

    private static final SenderCode PORT = SenderCode.parse("1069012345");

    private MoLatency() {
    }

    /** Runs the measurement. */
    public static void main(String[] args) throws InterruptedException {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int rate = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        ConsentRegister register = new ConsentRegister(new InMemoryConsentLedger());
        List<PhoneNumber> numbers = Population.numbers(100_000);
        Population.ledgers(register, numbers, 1);
        RecentSenders recent = new InMemoryRecentSenders();
        OwnMessages own = new OwnMessages();
        Screener screener = shippedEngine(register, own, recent);
        OptOutDesk desk = new OptOutDesk(register, recent, screener::screen, own, InstantSource.system(),
                OptOutSettings.DEFAULTS);
        String marketing = "【" + Population.MERCHANT.value() + "】双十一全场5折，回T退订";

        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong screened = new AtomicLong();
        Thread load = Thread.ofPlatform().name("screening-load").start(() -> {
            SplittableRandom random = new SplittableRandom(3);
            long interval = 1_000_000_000L / rate;
            long next = System.nanoTime();
            while (running.get()) {
                PhoneNumber to = numbers.get(random.nextInt(numbers.size()));
                screener.screen(new Sms(PORT, to, marketing, Instant.now()));
                screened.incrementAndGet();
                next += interval;
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
            }
        });

        long[] latencies = new long[seconds * 400];
        int n = 0;
        int failures = 0;
        SplittableRandom random = new SplittableRandom(4);
        long started = System.nanoTime();
        long end = started + seconds * 1_000_000_000L;
        while (System.nanoTime() < end && n < latencies.length) {
            PhoneNumber who = numbers.get(random.nextInt(numbers.size()));
            screener.screen(new Sms(PORT, who, marketing, Instant.now()));
            long t0 = System.nanoTime();
            Outcome o = desk.receive(new Mo(who, PORT, "TD", Instant.now(), Optional.of("bench-" + n)));
            Verdict next = screener.screen(new Sms(PORT, who, marketing, Instant.now()));
            long t1 = System.nanoTime();
            if (next.action() != Action.BLOCK) {
                failures++;
            }
            latencies[n++] = t1 - t0;
            LockSupport.parkNanos(2_500_000);
            if (o.duplicate()) {
                failures++;
            }
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        running.set(false);
        load.join();
        long[] sorted = Arrays.copyOf(latencies, n);
        Arrays.sort(sorted);
        System.out.printf("MO -> enforced latency (in-memory ledger, shipped engine), %d MOs in %.1f s under"
                + " %.0f screenings/s:%n", n, elapsed, screened.get() / elapsed);
        System.out.printf("  p50 %.3f ms   p99 %.3f ms   p99.9 %.3f ms   max %.3f ms   not blocked after ack: %d%n",
                ms(sorted, 0.50), ms(sorted, 0.99), ms(sorted, 0.999), sorted[n - 1] / 1e6, failures);
    }

    private static double ms(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }

    /**
     * The platform's engine: every shipped check under the shipped policy, the trained classifier, the merchant
     * registered on the port, and the consent check as the server installs it.
     */
    static Screener shippedEngine(ConsentRegister register, OwnMessages own, RecentSenders recent) {
        MerchantRegistry merchants = new InMemoryMerchantRegistry()
                .add(Merchant.of(Population.MERCHANT.value(), "优选商城有限公司", Population.MERCHANT.value()))
                .route(Population.MERCHANT.value(), Sender.parse(PORT.value()));
        ConsentCheck consent = new ConsentCheck(register, MerchantOf.byRegistry(merchants), own, recent);
        return ShippedScreening.builder(ShippedPolicy.load(), LinearClassifier.shipped())
                .merchants(merchants).check(consent).build();
    }
}
