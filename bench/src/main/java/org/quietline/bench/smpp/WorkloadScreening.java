package org.quietline.bench.smpp;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.quietline.number.PhoneNumber;
import org.quietline.number.Sender;
import org.quietline.screening.ScreeningEngine;
import org.quietline.screening.Sms;

/**
 * What screening alone costs per message on the SMPP load benchmark's traffic ({@link Workload}): the
 * firewall's screener (shipped engine, policy and classifier, the consent check with its opt-out witness, all in
 * memory, 110,000 subscribers) screening the benchmark's 300,000 messages in their order, on one thread, in
 * thread CPU time. Each pass over the messages is another day at 10:00, as in the load benchmark, so that caps
 * never DEFER; within a pass the clock moves 18 µs a message (the firewall's rate). The SMPP benchmark gives
 * what the firewall costs as a whole; this gives the screening part of it in seconds rather than minutes.
 *
 * <pre>java -cp bench/target/benchmarks.jar org.quietline.bench.smpp.WorkloadScreening [rounds=5] [passes-per-round=2]</pre>
 */
public final class WorkloadScreening {

    private static final long STEP_NANOS = 18_000;

    private WorkloadScreening() {
    }

    /** Warms up for two passes, then prints the median CPU time per screening of the rounds. */
    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        Workload workload = new Workload();
        ScreeningEngine engine = workload.screener();
        List<Workload.Message> messages = workload.messages();
        Sender[] senders = new Sender[messages.size()];
        PhoneNumber[] recipients = new PhoneNumber[messages.size()];
        String[] texts = new String[messages.size()];
        for (int i = 0; i < messages.size(); i++) {
            senders[i] = Sender.parse(messages.get(i).source());
            recipients[i] = PhoneNumber.parse(messages.get(i).destination());
            texts[i] = messages.get(i).text();
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sink = 0;
        int day = 0;
        for (int p = 0; p < 2; p++) {
            sink += pass(engine, senders, recipients, texts, day++);
        }
        double[] micros = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long c0 = threads.getCurrentThreadCpuTime();
            for (int p = 0; p < passes; p++) {
                sink += pass(engine, senders, recipients, texts, day++);
            }
            micros[r] = (threads.getCurrentThreadCpuTime() - c0) / 1e3 / ((long) passes * texts.length);
        }
        double[] sorted = micros.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "screening on the SMPP benchmark's traffic: %.2f us of CPU per message (rounds %s; %d rounds of %,d; %d)%n",
                sorted[rounds / 2], Arrays.toString(Arrays.stream(micros).map(m -> Math.round(m * 100) / 100.0).toArray()),
                rounds, (long) passes * texts.length, sink & 1);
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
