package org.quietline.call.reputation;

import java.util.List;
import java.util.function.Consumer;
import org.quietline.call.Report;

/**
 * Where reports are kept (the port): append-only. The in-memory {@link ReputationBook} and the range
 * forecast are rebuilt from it. Implementations: {@link InMemoryReportLog}, and a JDBC one in the server;
 * both pass the same contract. Implementations are thread-safe.
 */
public interface ReportLog {

    /** Appends reports in one go (a batch of the API or of an import). */
    void append(List<Report> reports);

    /** Hands every report to {@code each}, oldest first by time of report. */
    void replay(Consumer<Report> each);

    /** How many reports are kept. */
    long size();
}
