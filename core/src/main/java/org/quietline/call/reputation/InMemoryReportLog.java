package org.quietline.call.reputation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.quietline.call.Report;

/** The report log in memory: for tests, benchmarks and a platform without a database. Thread-safe. */
public final class InMemoryReportLog implements ReportLog {

    private final List<Report> reports = new ArrayList<>();

    @Override
    public synchronized void append(List<Report> batch) {
        reports.addAll(List.copyOf(batch));
    }

    @Override
    public void replay(Consumer<Report> each) {
        List<Report> copy;
        synchronized (this) {
            copy = new ArrayList<>(reports);
        }
        copy.sort(Comparator.comparing(Report::at));
        copy.forEach(each);
    }

    @Override
    public synchronized long size() {
        return reports.size();
    }
}
