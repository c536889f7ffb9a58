package org.quietline.bench.screening;

import java.util.List;
import java.util.Locale;
import org.quietline.screening.SubjectKind;
import org.quietline.screening.Ticker;

/**
 * Where a verdict's time goes, check by check: the engine reads its ticker once before the first check and
 * once after each (ADR 0065), so a ticker that adds up the time between consecutive readings by their
 * position splits a screening into its checks, and the time from the last check of one screening to the
 * first reading of the next into "verdict, settle, loop" (scoring, the frequency caps' recording, the
 * benchmark's own work). Wall time, so a busy machine inflates every part; the shares are what to read.
 * The content check's part holds the classification (and its revision), which it asks for first.
 */
final class Breakdown implements Ticker {

    /** Per part; empty until {@link #start}, as long as the engine is being built. */
    private long[] spent = new long[0];
    private int position;
    private long last;

    /** Counts from now on, in {@code checks + 1} parts; call it between screenings. */
    private void start(int checks) {
        spent = new long[checks + 1];
        position = 0;
        last = System.nanoTime();
    }

    @Override
    public long read() {
        long now = System.nanoTime();
        if (spent.length > 0) {
            spent[position] += now - last;
            position = position + 1 == spent.length ? 0 : position + 1;
        }
        last = now;
        return now;
    }

    /** Screens {@code count} messages after as many for warm-up, then prints each part's mean and share. */
    static void run(String messages, int count) {
        ScreeningBenchmark bench = new ScreeningBenchmark();
        bench.messages = messages;
        bench.classifier = "shipped";
        Breakdown clock = new Breakdown();
        bench.ticker = clock;
        bench.setUp();
        List<String> checks = bench.engine().checkNames(SubjectKind.SMS);
        long sink = 0;
        for (int i = 0; i < count; i++) {
            sink += bench.screen().reasons().size();
        }
        clock.start(checks.size());
        for (int i = 0; i < count; i++) {
            sink += bench.screen().reasons().size();
        }
        long total = 0;
        for (long s : clock.spent) {
            total += s;
        }
        System.out.printf(Locale.ROOT, "%s, shipped classifier: %,.0f ns a verdict (wall) over %,d verdicts (%d)%n",
                messages, total / (double) count, count, sink & 1);
        for (int p = 0; p < clock.spent.length; p++) {
            String part = p == 0 ? "verdict, settle, loop" : checks.get(p - 1);
            System.out.printf(Locale.ROOT, "  %-22s %,7.0f ns %5.1f%%%n", part, clock.spent[p] / (double) count, 100.0 * clock.spent[p] / total);
        }
    }
}
