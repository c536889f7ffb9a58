package org.quietline.server.calls;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import org.quietline.call.ImportTally;
import org.quietline.call.ftc.FtcComplaints;
import org.quietline.call.range.NumberPlan;
import org.quietline.call.range.ReportTable;
import org.quietline.server.cli.Progress;

/**
 * Reads an FTC Do-Not-Call complaint file (plain or {@code .gz}) into a {@link ReportTable}, with a
 * progress bar on stderr and a tally of every rejected line. Each complaint is its own reporter: the
 * files carry no consumer identity, and one consumer rarely files twice about one number. The consumer's
 * area code is kept as the reporter's area (the forecast reads neighbour spoofing from it).
 */
public final class FtcImport {

    private FtcImport() {
    }

    /**
     * The result of an import.
     *
     * @param table the complaints
     * @param tally what was accepted and rejected
     */
    public record Result(ReportTable table, ImportTally tally) {
    }

    /** Reads {@code file}; progress and problems go to {@code err}. */
    public static Result read(Path file, PrintStream err) throws IOException {
        ImportTally tally = new ImportTally();
        ReportTable.Builder table = ReportTable.builder(NumberPlan.NANP);
        Progress progress = Progress.importing(err, file);
        try (BufferedReader reader = progress.open(file)) {
            String line;
            long lineNo = 0;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                switch (FtcComplaints.read(line)) {
                    case FtcComplaints.Header h -> {
                        // the header is not a row
                    }
                    case FtcComplaints.Complaint c -> {
                        table.add(c.national(), (int) c.day().toEpochDay(), table.size(), c.consumerArea());
                        tally.accept();
                    }
                    case FtcComplaints.Rejected r -> tally.reject(r.problem().name(), lineNo);
                }
                progress.row();
            }
        }
        progress.done();
        return new Result(table.build(), tally);
    }

    /** Prints the tally to {@code err}: rows accepted, rows rejected by problem. */
    public static void summarize(ImportTally tally, PrintStream err) {
        err.printf("accepted %,d rows, rejected %,d%n", tally.accepted(), tally.rejected());
        for (String line : tally.report()) {
            err.println("  rejected " + line);
        }
    }
}
