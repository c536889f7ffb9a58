package org.quietline.server.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.quietline.call.range.FlaggedRange;
import org.quietline.call.range.FlaggedRanges;
import org.quietline.call.range.ForecastSettings;
import org.quietline.call.range.RangeForecaster;
import org.quietline.server.calls.FtcImport;

/**
 * {@code quietline ranges --reports FILE.csv.gz --as-of YYYY-MM-DD --budget N}: reads complaint rows up
 * to the day and prints the ranges Quietline would flag, one per line — the prefix digits of the national
 * number, then how many numbers the range covers — most confident first, covering at most N numbers.
 * Progress and the import tally go to stderr.
 */
public final class RangesCommand implements Command {

    private static final Set<String> OPTIONS = Set.of("reports", "as-of", "budget", "memory-days", "min-reporters");

    @Override
    public String name() {
        return "ranges";
    }

    @Override
    public String summary() {
        return "forecast the number ranges to flag from complaints (--reports F --as-of D --budget N)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Options o = Options.parse(name(), args, OPTIONS);
        var file = o.file("reports");
        var asOf = o.day("as-of");
        long budget = o.positive("budget", 1_000_000);
        ForecastSettings settings = ForecastSettings.DEFAULTS
                .withMemory(Duration.ofDays(o.positive("memory-days", ForecastSettings.DEFAULTS.memory().toDays())))
                .withMinReporters((int) o.positive("min-reporters", ForecastSettings.DEFAULTS.minReporters()));
        FtcImport.Result imported = FtcImport.read(file, err);
        FtcImport.summarize(imported.tally(), err);
        FlaggedRanges flagged = new RangeForecaster(settings).flag(imported.table(), asOf, budget);
        StringBuilder lines = new StringBuilder();
        for (FlaggedRange r : flagged.ranges()) {
            lines.append(r.range().prefix()).append(' ').append(r.range().size()).append('\n');
        }
        out.print(lines);
        err.printf("flagged %,d ranges covering %,d numbers (budget %,d)%n", flagged.ranges().size(), flagged.space(), budget);
        return 0;
    }
}
