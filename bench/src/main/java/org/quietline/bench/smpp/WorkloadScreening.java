package org.quietline.bench.smpp;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.LongAdder;
import org.quietline.number.PhoneNumber;
import org.quietline.number.Sender;
import org.quietline.screening.ScreeningEngine;
import org.quietline.screening.Sms;
import org.quietline.smpp.Firewall;

/**
 * What screening alone costs per message on the SMPP load benchmark's traffic ({@link Workload}): the
 * firewall's screener (shipped engine, policy and classifier, the consent check with its opt-out witness, all in
 * memory, 110,000 subscribers) screening the benchmark's 300,000 messages in their order, on one thread, in
 * thread CPU time. Each pass over the messages is another day at 10:00, as in the load benchmark, so that caps
 * never DEFER; within a pass the clock moves 18 µs a message (the firewall's rate). The SMPP benchmark gives
 * what the firewall costs as a whole; this gives the screening part of it in seconds rather than minutes.
 *
 * <p>With {@code beside-load}, rounds take turns: one alone, one while the unscreened firewall
 * (this JVM) carries the load benchmark's traffic at saturation from 4 connections to jSMPP's simulator (a child
 * JVM), as the cores are shared inside the load benchmark. It prints both medians and their ratio: what the
 * same screening costs when the transport runs beside it.
 *
 * <pre>java -cp bench/target/benchmarks.jar org.quietline.bench.smpp.WorkloadScreening [rounds=5] [passes-per-round=2] [beside-load]</pre>
 */
public final class WorkloadScreening {

    private static final long STEP_NANOS = 18_000;

    private WorkloadScreening() {
    }

    /** Warms up for two passes, then prints the median CPU time per screening of the rounds. */
    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        boolean besideLoad = args.length > 2 && args[2].equals("beside-load");
        Workload workload = new Workload();
        Traffic traffic = new Traffic(workload);
        ScreeningEngine engine = workload.screener();
        for (int p = 0; p < 2; p++) {
            traffic.pass(engine);
        }
        if (!besideLoad) {
            double[] micros = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                micros[r] = traffic.round(engine, passes);
            }
            System.out.printf(Locale.ROOT, "screening on the SMPP benchmark's traffic: %s (%d rounds of %,d; %d)%n",
                    median(micros), rounds, (long) passes * traffic.size(), traffic.sink & 1);
            return;
        }
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.setProperty("org.slf4j.simpleLogger.log.org.jsmpp", "error");
        double[] alone = new double[rounds];
        double[] loaded = new double[rounds];
        double[] carried = new double[rounds];
        try (SmscChild smsc = SmscChild.start(FirewallLoad.freePort());
             Firewall unscreened = workload.unscreened(smsc.port(), CONNECTIONS, WINDOW, Duration.ZERO)) {
            while (!unscreened.smscBound()) {
                Thread.sleep(20);
            }
            for (int r = 0; r < rounds; r++) {
                alone[r] = traffic.round(engine, passes);
                try (Load load = new Load(unscreened.port(), workload)) {
                    loaded[r] = traffic.round(engine, passes);
                    carried[r] = load.perSecond();
                }
            }
        }
        System.out.printf(Locale.ROOT, "screening on the SMPP benchmark's traffic, %d cores, load average %.2f:%n"
                        + "  alone:                            %s%n"
                        + "  beside the unscreened firewall:   %s, the firewall meanwhile carrying %,.0f submit_sm/s (median)%n"
                        + "  ratio (beside / alone):           %.2f (%d rounds of %,d each, taking turns; %d)%n",
                Machine.cores(), Machine.loadAverage(), median(alone), median(loaded), sorted(carried)[rounds / 2],
                sorted(loaded)[rounds / 2] / sorted(alone)[rounds / 2], rounds, (long) passes * traffic.size(),
                traffic.sink & 1);
        System.exit(0);
    }

    private static final int CONNECTIONS = 4;
    private static final int WINDOW = 64;

    /** The load benchmark's traffic through the unscreened firewall at saturation, until closed. */
    private static final class Load implements AutoCloseable {

        private final List<LoadGenerator> generators = new ArrayList<>();
        private final List<Thread> senders = new ArrayList<>();
        private final LongAdder answered = new LongAdder();
        private volatile boolean running = true;
        private long started;

        Load(int port, Workload workload) throws Exception {
            List<byte[]> bodies = workload.bodies();
            for (int i = 0; i < CONNECTIONS; i++) {
                LoadGenerator g = new LoadGenerator(port, Workload.PLATFORM, Workload.PLATFORM_PASSWORD,
                        bodies.subList(i * bodies.size() / CONNECTIONS, (i + 1) * bodies.size() / CONNECTIONS), 0);
                generators.add(g);
                senders.add(Thread.ofPlatform().name("beside-load-" + i).start(() -> {
                    try {
                        while (running) {
                            answered.add(g.closedLoop(Duration.ofMillis(500).toNanos(), WINDOW).ok);
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }));
            }
            Thread.sleep(2_000); // the load's own start (connections, windows filling) is not measured
            answered.reset();
            started = System.nanoTime();
        }

        /** Submits answered per second since the start was over. */
        double perSecond() {
            return answered.sum() / ((System.nanoTime() - started) / 1e9);
        }

        @Override
        public void close() throws Exception {
            running = false;
            for (Thread t : senders) {
                t.join();
            }
            for (LoadGenerator g : generators) {
                g.close();
            }
            Thread.sleep(200); // the firewall's sessions notice their ESMEs have gone before it closes them

        }
    }

    /** The workload's messages as the screener takes them, and the day each pass is on. */
    private static final class Traffic {

        private final Sender[] senders;
        private final PhoneNumber[] recipients;
        private final String[] texts;
        private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        private int day;
        long sink;

        Traffic(Workload workload) {
            List<Workload.Message> messages = workload.messages();
            senders = new Sender[messages.size()];
            recipients = new PhoneNumber[messages.size()];
            texts = new String[messages.size()];
            for (int i = 0; i < messages.size(); i++) {
                senders[i] = Sender.parse(messages.get(i).source());
                recipients[i] = PhoneNumber.parse(messages.get(i).destination());
                texts[i] = messages.get(i).text();
            }
        }

        int size() {
            return texts.length;
        }

        /** CPU time of this thread per screening (µs) over {@code passes} passes. */
        double round(ScreeningEngine engine, int passes) {
            long c0 = threads.getCurrentThreadCpuTime();
            for (int p = 0; p < passes; p++) {
                pass(engine);
            }
            return (threads.getCurrentThreadCpuTime() - c0) / 1e3 / ((long) passes * texts.length);
        }

        void pass(ScreeningEngine engine) {
            sink += WorkloadScreening.pass(engine, senders, recipients, texts, day++);
        }
    }

    private static double[] sorted(double[] micros) {
        double[] s = micros.clone();
        Arrays.sort(s);
        return s;
    }

    private static String median(double[] micros) {
        return String.format(Locale.ROOT, "%.2f us of CPU per message (rounds %s)", sorted(micros)[micros.length / 2],
                Arrays.toString(Arrays.stream(micros).map(m -> Math.round(m * 100) / 100.0).toArray()));
    }

    /** Screens every message once, on day {@code day}; returns the number of reasons given (a sink). */
    private static long pass(ScreeningEngine engine, Sender[] senders, PhoneNumber[] recipients, String[] texts, int day) {
        Instant morning = Workload.DAYTIME.plus(Duration.ofDays(day));
        long reasons = 0;
        for (int i = 0; i < texts.length; i++) {
            Sms sms = new Sms(senders[i], recipients[i], texts[i], morning.plusNanos(i * STEP_NANOS));
            var verdict = engine.screen(sms);
            if (verdict.action() != org.quietline.screening.Action.ALLOW && verdict.action() != org.quietline.screening.Action.LABEL) {
                throw new IllegalStateException("message " + i + " was not forwarded: " + verdict);
            }
            reasons += verdict.reasons().size();
        }
        return reasons;
    }
}
