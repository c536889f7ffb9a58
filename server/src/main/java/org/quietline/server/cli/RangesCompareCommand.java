package org.quietline.server.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quietline.call.range.BlockThreshold;
import org.quietline.call.range.ExactBlacklist;
import org.quietline.call.range.ForecastSettings;
import org.quietline.call.range.HindsightCeiling;
import org.quietline.call.range.NumberPlan;
import org.quietline.call.range.PhoneBlockRule;
import org.quietline.call.range.RangeBacktest;
import org.quietline.call.range.RangeForecaster;
import org.quietline.call.range.RangeRule;
import org.quietline.server.calls.FtcImport;

/**
 * {@code quietline ranges-compare --reports F --as-of D --until E --budgets 1000000,10000000}: the
 * side-by-side measurement. Every rule — an exact blacklist, the PhoneBlock rule, a naive threshold per
 * /1000 block, Quietline's forecast — sees the rows up to D; the table says which share of the numbers
 * first reported after D (up to E) fell in the ranges each flagged, and how much number space each
 * flagged to get there.
 */
public final class RangesCompareCommand implements Command {

    private static final Set<String> OPTIONS = Set.of("reports", "as-of", "until", "budgets", "memory-days");

    @Override
    public String name() {
        return "ranges-compare";
    }

    @Override
    public String summary() {
        return "measure range rules side by side on a time split (--reports F --as-of D --until E)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Options o = Options.parse(name(), args, OPTIONS);
        var file = o.file("reports");
        var asOf = o.day("as-of");
        var until = o.day("until");
        if (!until.isAfter(asOf)) {
            throw new UsageException("--until must come after --as-of");
        }
        List<Long> budgets = o.positives("budgets", List.of(1_000_000L, 10_000_000L));
        ForecastSettings settings = ForecastSettings.DEFAULTS
                .withMemory(Duration.ofDays(o.positive("memory-days", ForecastSettings.DEFAULTS.memory().toDays())));
        FtcImport.Result imported = FtcImport.read(file, err);
        FtcImport.summarize(imported.tally(), err);
        RangeBacktest backtest = new RangeBacktest(imported.table(), asOf, until);
        RangeRule phoneBlock = new PhoneBlockRule();
        RangeRule naive = new BlockThreshold();
        RangeRule forecast = new RangeForecaster(settings);
        List<RangeRule> rules = List.of(new ExactBlacklist(), phoneBlock, naive, forecast);
        out.printf("reports up to %s; new numbers = first reported %s .. %s%n", asOf, asOf.plusDays(1), until);
        out.printf("%-16s %12s %9s %14s %12s %10s %12s%n", "rule", "budget", "ranges", "numbers-flagged",
                "new-caught", "new-share", "complaints");
        Map<String, Map<Long, RangeBacktest.Outcome>> outcomes = new LinkedHashMap<>();
        for (RangeRule rule : rules) {
            long started = System.nanoTime();
            for (RangeBacktest.Outcome r : backtest.run(rule, budgets)) {
                out.printf("%-16s %,12d %,9d %,14d %,12d %9.2f%% %11.2f%%%n", r.rule(), r.budget(), r.ranges(),
                        r.space(), r.newCaught(), 100 * r.newShare(), 100 * r.complaintShare());
                outcomes.computeIfAbsent(r.rule(), k -> new LinkedHashMap<>()).put(r.budget(), r);
            }
            err.printf("%s took %.1f s%n", rule.name(), (System.nanoTime() - started) / 1e9);
        }
        int length = imported.table().plan().nationalLength();
        int coarsest = Math.max(2, length - settings.levels());
        Map<Long, HindsightCeiling.Result> ceilings = new LinkedHashMap<>();
        out.println("hindsight ceiling (the best disjoint ranges for the numbers that did come; no rule can beat it):");
        for (long budget : budgets) {
            HindsightCeiling.Result mixed = backtest.ceiling(length - 1, coarsest, budget);
            HindsightCeiling.Result thousands = backtest.ceiling(length - 3, length - 3, budget);
            ceilings.put(budget, mixed);
            out.printf("%-16s %,12d  /10../%d blocks: <= %.2f%% (a choice found: %.2f%%); /1000 blocks only: <= %.2f%%%n",
                    "ceiling", budget, NumberPlan.pow10(length - coarsest), 100 * mixed.boundShare(),
                    100 * mixed.reachedShare(), 100 * thousands.boundShare());
        }
        out.printf("%-16s %12s %16s %16s %16s%n", "ratios", "budget", "quietline/naive", "quietline/phonebl",
                "quietline/ceiling");
        for (long budget : budgets) {
            double q = outcomes.get(forecast.name()).get(budget).newShare();
            out.printf("%-16s %,12d %16s %16s %16s%n", "", budget,
                    ratio(q, outcomes.get(naive.name()).get(budget).newShare(), "%.2fx"),
                    ratio(q, outcomes.get(phoneBlock.name()).get(budget).newShare(), "%.1fx"),
                    ratio(100 * q, ceilings.get(budget).boundShare(), "%.1f%%"));
        }
        return 0;
    }

    /** {@code a / b} in {@code format}, or "-" when {@code b} is zero (a rule that caught nothing). */
    private static String ratio(double a, double b, String format) {
        return b == 0 ? "-" : String.format(format, a / b);
    }
}
