package org.quietline.bench.ranges;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.quietline.call.ftc.FtcComplaints;
import org.quietline.call.range.BlockThreshold;
import org.quietline.call.range.FlaggedRange;
import org.quietline.call.range.FlaggedRanges;
import org.quietline.call.range.NumberPlan;
import org.quietline.call.range.RangeBacktest;
import org.quietline.call.range.RangeForecaster;
import org.quietline.call.range.ReportTable;

/**
 * Why the range forecast catches what it catches, on a split of the FTC complaints (docs/calls.md, "What
 * limits the forecast"): the share caught as the budget grows and the yield of the last flagged numbers;
 * per range size, what the forecast expected of the ranges it chose against what they caught; how many
 * new numbers were reported from their own area (neighbour spoofing) and how spread their exchanges are;
 * what unreported blocks under busy parents yield. The data is loaded once for every split. Only for
 * validation splits: choosing anything on the test split's answers would void its figures.
 *
 * <p>Usage: {@code java -cp bench/target/benchmarks.jar org.quietline.bench.ranges.RangeForecastDiagnostics
 * complaints-2020.csv.gz 2020-06-30:2020-09-30 [more as-of:until splits]}
 */
public final class RangeForecastDiagnostics {

    private static final long[] BUDGETS = {500_000, 1_000_000, 2_000_000, 5_000_000, 10_000_000, 20_000_000};

    private RangeForecastDiagnostics() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: RangeForecastDiagnostics complaints.csv.gz AS-OF:UNTIL...");
            System.exit(2);
        }
        ReportTable table = load(Path.of(args[0]));
        for (String split : Arrays.asList(args).subList(1, args.length)) {
            String[] days = split.split(":");
            LocalDate asOf = LocalDate.parse(days[0]);
            LocalDate until = LocalDate.parse(days[1]);
            long[] news = new RangeBacktest(table, asOf, until).newNumbers();
            System.out.printf("== reports up to %s; %,d new numbers first reported to %s%n", asOf, news.length, until);
            curve(table, asOf, news);
            for (long budget : List.of(1_000_000L, 10_000_000L)) {
                bySize(new RangeForecaster().flag(table, asOf, budget), news, until.toEpochDay() - asOf.toEpochDay());
            }
            neighbours(table, asOf, until, news.length);
            children(table, asOf, news);
        }
    }

    private static ReportTable load(Path file) throws IOException {
        ReportTable.Builder b = ReportTable.builder(NumberPlan.NANP);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file))))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (FtcComplaints.read(line) instanceof FtcComplaints.Complaint c) {
                    b.add(c.national(), (int) c.day().toEpochDay(), b.size(), c.consumerArea());
                }
            }
        }
        return b.build();
    }

    /** The share caught by the forecast and the naive threshold per budget, and the forecast's yield per flagged number in each step. */
    private static void curve(ReportTable table, LocalDate asOf, long[] news) {
        long previousBudget = 0;
        int previousCaught = 0;
        for (long budget : BUDGETS) {
            int q = caught(new RangeForecaster().flag(table, asOf, budget), news);
            int naive = caught(new BlockThreshold().flag(table, asOf, budget), news);
            System.out.printf("  budget %,11d: quietline %6.2f%%, naive %6.2f%%; new numbers per flagged number of this step %.4f%n",
                    budget, 100.0 * q / news.length, 100.0 * naive / news.length,
                    (double) (q - previousCaught) / (budget - previousBudget));
            previousBudget = budget;
            previousCaught = q;
        }
    }

    /** Per size of the chosen ranges: how many, their numbers, what the forecast expected of them, what they caught. */
    private static void bySize(FlaggedRanges flagged, long[] news, long days) {
        Map<Integer, double[]> sizes = new TreeMap<>();
        for (FlaggedRange r : flagged.ranges()) {
            double[] s = sizes.computeIfAbsent(r.range().prefix().length(), k -> new double[4]);
            s[0]++;
            s[1] += r.range().size();
            // the confidence is the expected share of the range's numbers new within the 92-day horizon
            s[2] += r.confidence() * r.range().size() * days / 92.0;
        }
        for (long n : news) {
            flagged.covering(n).ifPresent(r -> sizes.get(r.range().prefix().length())[3]++);
        }
        System.out.printf("  chosen at %,d:%n", flagged.space());
        sizes.forEach((digits, s) -> System.out.printf("    /%-6d %,8.0f ranges %,11.0f numbers: expected %,8.0f caught %,8.0f (%.2f)%n",
                NumberPlan.NANP.sizeOf(digits), s[0], s[1], s[2], s[3], s[3] / s[2]));
    }

    /**
     * New numbers whose first complaint came from a consumer of the number's own area code, and how their
     * exchanges (NPA-NXX, /10000 blocks) spread: the share in the 100 and 1,000 busiest exchanges known in
     * hindsight (the best any choice of 1M or 10M in /10000 blocks could do), and in exchanges never reported.
     */
    private static void neighbours(ReportTable table, LocalDate asOf, LocalDate until, int newCount) {
        int split = (int) asOf.toEpochDay();
        int end = (int) until.toEpochDay();
        int local = 0;
        Map<Long, Integer> perExchange = new HashMap<>();
        Set<Long> reportedExchanges = new HashSet<>();
        int i = 0;
        while (i < table.size()) {
            long number = table.number(i);
            int first = Integer.MAX_VALUE;
            int area = ReportTable.NO_AREA;
            for (; i < table.size() && table.number(i) == number; i++) {
                if (table.day(i) < first) {
                    first = table.day(i);
                    area = table.reporterArea(i);
                }
            }
            long exchange = NumberPlan.NANP.prefixOf(number, 6);
            if (first <= split) {
                reportedExchanges.add(exchange);
            } else if (first <= end) {
                local += area == NumberPlan.NANP.areaOf(number) ? 1 : 0;
                perExchange.merge(exchange, 1, Integer::sum);
            }
        }
        int[] counts = perExchange.values().stream().mapToInt(Integer::intValue).sorted().toArray();
        long top100 = 0;
        long top1000 = 0;
        for (int k = 0; k < Math.min(1000, counts.length); k++) {
            int c = counts[counts.length - 1 - k];
            top1000 += c;
            top100 += k < 100 ? c : 0;
        }
        long unreported = perExchange.entrySet().stream().filter(e -> !reportedExchanges.contains(e.getKey()))
                .mapToLong(Map.Entry::getValue).sum();
        System.out.printf("  first reported from their own area: %.1f%%; %,d exchanges; best 100 / 1,000 in hindsight hold %.1f%% / %.1f%%; in exchanges never reported before: %.1f%%%n",
                100.0 * local / newCount, perExchange.size(), 100.0 * top100 / newCount, 100.0 * top1000 / newCount,
                100.0 * unreported / newCount);
    }

    /** Blocks with no report yet whose parent block has at least 5 or 20 complaints: their new numbers per number. */
    private static void children(ReportTable table, LocalDate asOf, long[] news) {
        int split = (int) asOf.toEpochDay();
        for (int childDigits = 9; childDigits >= 7; childDigits--) {
            children(table, split, news, childDigits);
        }
    }

    private static void children(ReportTable table, int split, long[] news, int childDigits) {
        Map<Long, Integer> parentReporters = new HashMap<>();
        Set<Long> reportedChildren = new HashSet<>();
        for (int i = 0; i < table.size(); i++) {
            if (table.day(i) <= split) {
                parentReporters.merge(NumberPlan.NANP.prefixOf(table.number(i), childDigits - 1), 1, Integer::sum);
                reportedChildren.add(NumberPlan.NANP.prefixOf(table.number(i), childDigits));
            }
        }
        for (int min : new int[] {5, 20}) {
            Set<Long> busy = new HashSet<>();
            parentReporters.forEach((p, n) -> {
                if (n >= min) {
                    busy.add(p);
                }
            });
            long reportedUnderBusy = reportedChildren.stream().filter(c -> busy.contains(c / 10)).count();
            long space = (busy.size() * 10L - reportedUnderBusy) * NumberPlan.NANP.sizeOf(childDigits);
            long caught = Arrays.stream(news).filter(n -> busy.contains(NumberPlan.NANP.prefixOf(n, childDigits - 1))
                    && !reportedChildren.contains(NumberPlan.NANP.prefixOf(n, childDigits))).count();
            System.out.printf("  unreported /%d under a /%d with >= %d complaints: %,d numbers, %.2f%% of new, %.4f per number%n",
                    NumberPlan.NANP.sizeOf(childDigits), NumberPlan.NANP.sizeOf(childDigits - 1), min, space,
                    100.0 * caught / news.length, (double) caught / space);
        }
    }

    private static int caught(FlaggedRanges flagged, long[] news) {
        int c = 0;
        for (long n : news) {
            c += flagged.covers(n) ? 1 : 0;
        }
        return c;
    }
}
