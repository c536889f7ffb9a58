package org.quietline.call.reputation;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.quietline.call.CallLabel;
import org.quietline.call.Report;
import org.quietline.call.Reporter;
import org.quietline.number.NumberKey;
import org.quietline.number.PhoneNumber;

/**
 * Number reputation from subscriber reports, in memory: for each number, each reporter's latest report.
 * A reporter counts once per number whatever they send (a later report replaces their earlier one; an
 * older report arriving late changes nothing; a repeated report is a no-op). Each reporter's weight falls
 * with how many numbers they report ({@code 1/sqrt(n)}), so a flood dilutes itself (ADR 0041); a report's
 * weight fades with its age. Rebuilt at start from the report log.
 *
 * <p>Thread-safe: reports and lookups may run concurrently; each number's entry is updated atomically.
 */
public final class ReputationBook {

    private final ReputationSettings settings;
    private final Map<Long, NumberReports> numbers = new ConcurrentHashMap<>();
    private final Map<Reporter, Integer> reporterIds = new ConcurrentHashMap<>();
    private final Map<Integer, AtomicInteger> reporterVolume = new ConcurrentHashMap<>();
    private final AtomicInteger nextReporter = new AtomicInteger();

    /** A book with {@code settings}. */
    public ReputationBook(ReputationSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** A book with the shipped settings. */
    public ReputationBook() {
        this(ReputationSettings.DEFAULTS);
    }

    /** Takes in one report. */
    public void add(Report report) {
        int reporter = reporterIds.computeIfAbsent(report.reporter(), r -> nextReporter.getAndIncrement());
        boolean first = numbers.computeIfAbsent(NumberKey.of(report.number()), k -> new NumberReports())
                .put(reporter, report.label(), report.at().getEpochSecond());
        if (first) {
            reporterVolume.computeIfAbsent(reporter, r -> new AtomicInteger()).incrementAndGet();
        }
    }

    /** The reputation of {@code number} as of {@code at}. */
    public NumberReputation reputation(PhoneNumber number, Instant at) {
        NumberReports reports = numbers.get(NumberKey.of(number));
        if (reports == null) {
            return NumberReputation.unknown(number);
        }
        return reports.fold(number, at.getEpochSecond(), settings, this::weightOf);
    }

    /** The label most reporters gave {@code number} as of {@code at}, if any. */
    public Optional<CallLabel> topLabel(PhoneNumber number, Instant at) {
        return reputation(number, at).topLabel();
    }

    /** The label most reporters gave {@code number}, as of its latest report (no report too old), if any. */
    public Optional<CallLabel> topLabel(PhoneNumber number) {
        NumberReports reports = numbers.get(NumberKey.of(number));
        return reports == null ? Optional.empty()
                : reports.fold(number, reports.latest(), settings, this::weightOf).topLabel();
    }

    /** How many numbers have at least one report. */
    public int size() {
        return numbers.size();
    }

    private double weightOf(int reporter) {
        AtomicInteger n = reporterVolume.get(reporter);
        return n == null ? 1 : 1 / Math.sqrt(Math.max(1, n.get()));
    }

    /** Each reporter's latest report about one number; guarded by its own monitor. */
    private static final class NumberReports {
        private int[] reporters = new int[2];
        private byte[] labels = new byte[2];
        private long[] seconds = new long[2];
        private int size;

        /** Records a report; answers whether it is this reporter's first about the number. */
        synchronized boolean put(int reporter, CallLabel label, long second) {
            for (int i = 0; i < size; i++) {
                if (reporters[i] == reporter) {
                    if (second >= seconds[i]) {
                        labels[i] = (byte) label.ordinal();
                        seconds[i] = second;
                    }
                    return false;
                }
            }
            if (size == reporters.length) {
                reporters = java.util.Arrays.copyOf(reporters, size * 2);
                labels = java.util.Arrays.copyOf(labels, size * 2);
                seconds = java.util.Arrays.copyOf(seconds, size * 2);
            }
            reporters[size] = reporter;
            labels[size] = (byte) label.ordinal();
            seconds[size] = second;
            size++;
            return true;
        }

        synchronized long latest() {
            long latest = Long.MIN_VALUE;
            for (int i = 0; i < size; i++) {
                latest = Math.max(latest, seconds[i]);
            }
            return latest;
        }

        synchronized NumberReputation fold(PhoneNumber number, long now, ReputationSettings s,
                                           java.util.function.IntToDoubleFunction weight) {
            long window = s.window().toSeconds();
            double memory = s.memory().toSeconds();
            Map<CallLabel, Integer> counts = new EnumMap<>(CallLabel.class);
            int unwanted = 0;
            int vouches = 0;
            double score = 0;
            long first = Long.MAX_VALUE;
            long last = Long.MIN_VALUE;
            CallLabel[] all = CallLabel.values();
            for (int i = 0; i < size; i++) {
                long age = now - seconds[i];
                if (age < 0 || age > window) {
                    continue;
                }
                CallLabel l = all[labels[i]];
                counts.merge(l, 1, Integer::sum);
                double w = weight.applyAsDouble(reporters[i]) * Math.exp(-age / memory);
                if (l.unwanted()) {
                    unwanted++;
                    score += w;
                } else if (l == CallLabel.NOT_SPAM) {
                    vouches++;
                    score -= w;
                }
                first = Math.min(first, seconds[i]);
                last = Math.max(last, seconds[i]);
            }
            return new NumberReputation(number, unwanted, vouches, score, counts,
                    first == Long.MAX_VALUE ? Optional.empty() : Optional.of(Instant.ofEpochSecond(first)),
                    last == Long.MIN_VALUE ? Optional.empty() : Optional.of(Instant.ofEpochSecond(last)));
        }
    }
}
