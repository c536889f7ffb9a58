package org.quietline.server.calls;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.quietline.call.CallLabel;
import org.quietline.call.Report;
import org.quietline.call.Reporter;
import org.quietline.call.reputation.ReportLog;
import org.quietline.number.PhoneNumber;
import org.quietline.server.database.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

/** The report log in the database (table {@code call_report}, migration V40). A batch is one transaction. Thread-safe. */
public final class JdbcReportLog implements ReportLog {

    private final JdbcClient jdbc;
    private final TransactionOperations transactions;

    /** A log behind {@code jdbc}, appending in {@code transactions}. */
    public JdbcReportLog(JdbcClient jdbc, TransactionOperations transactions) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public void append(List<Report> reports) {
        if (reports.isEmpty()) {
            return;
        }
        transactions.executeWithoutResult(status -> {
            for (Report r : reports) {
                jdbc.sql("insert into call_report (reporter, number, label, at, note) values (?, ?, ?, ?, ?)")
                        .params(r.reporter().id(), r.number().e164(), r.label().name(), SqlTime.of(r.at()), r.note().orElse(null))
                        .update();
            }
        });
    }

    @Override
    public void replay(Consumer<Report> each) {
        jdbc.sql("select reporter, number, label, at, note from call_report order by at, id")
                .query(rs -> {
                    each.accept(new Report(new Reporter(rs.getString(1)), PhoneNumber.parse(rs.getString(2)),
                            CallLabel.valueOf(rs.getString(3)), SqlTime.instant(rs, "at"), Optional.ofNullable(rs.getString(5))));
                });
    }

    @Override
    public long size() {
        return jdbc.sql("select count(*) from call_report").query(Long.class).single();
    }
}
