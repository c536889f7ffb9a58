package org.quietline.server.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.quietline.call.range.BlockThreshold;
import org.quietline.call.range.ExactBlacklist;
import org.quietline.call.range.ForecastSettings;
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
        List<RangeRule> rules = List.of(new ExactBlacklist(), new PhoneBlockRule(), new BlockThreshold(),
                new RangeForecaster(settings));
        out.printf("reports up to %s; new numbers = first reported %s .. %s%n", asOf, asOf.plusDays(1), until);
        out.printf("%-16s %12s %9s %14s %12s %10s %12s%n", "rule", "budget", "ranges", "numbers-flagged",
                "new-caught", "new-share", "complaints");
        for (RangeRule rule : rules) {
            long started = System.nanoTime();
            for (RangeBacktest.Outcome r : backtest.run(rule, budgets)) {
                out.printf("%-16s %,12d %,9d %,14d %,12d %9.2f%% %11.2f%%%n", r.rule(), r.budget(), r.ranges(),
                        r.space(), r.newCaught(), 100 * r.newShare(), 100 * r.complaintShare());
            }
            err.printf("%s took %.1f s%n", rule.name(), (System.nanoTime() - started) / 1e9);
        }
        return 0;
    }
}
