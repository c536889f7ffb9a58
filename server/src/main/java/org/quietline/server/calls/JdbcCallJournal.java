package org.quietline.server.calls;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.quietline.call.guardian.CallJournal;
import org.quietline.call.guardian.Journal;
import org.quietline.call.guardian.ScreenedCall;
import org.quietline.number.PhoneNumber;
import org.quietline.number.Sender;
import org.quietline.screening.Action;
import org.quietline.screening.Call;
import org.quietline.screening.Verdict;
import org.quietline.server.database.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * The journal of screened calls in the database (table {@code call_journal}, migration V40): written for
 * calls to subscribers who have a policy, read for guardians' digests. Thread-safe.
 */
public final class JdbcCallJournal implements CallJournal {

    private static final String COLUMNS = "id, callee, caller, at, action, label, why";

    private final JdbcClient jdbc;

    /** A journal behind {@code jdbc}. */
    public JdbcCallJournal(JdbcClient jdbc) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
    }

    @Override
    public ScreenedCall record(Call call, Verdict verdict) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        String why = Journal.why(verdict);
        Instant at = SqlTime.truncate(call.at());
        jdbc.sql("insert into call_journal (callee, caller, at, action, label, why) values (?, ?, ?, ?, ?, ?)")
                .params(call.callee().e164(), call.caller().value(), SqlTime.of(at), verdict.action().name(),
                        verdict.label().orElse(null), why)
                .update(keys, "id");
        long id = Objects.requireNonNull(keys.getKey(), "the database gave no id").longValue();
        return new ScreenedCall(id, call.callee(), call.caller(), at, verdict.action(), verdict.label(), why);
    }

    @Override
    public List<ScreenedCall> stopped(PhoneNumber callee, Instant since, int limit) {
        return jdbc.sql("select " + COLUMNS + " from call_journal where callee = ? and at >= ? and action in ('BLOCK', 'DEFER', 'HOLD')"
                        + " order by at desc, id desc limit " + Math.max(0, limit))
                .params(callee.e164(), SqlTime.of(since))
                .query((rs, n) -> read(rs)).list();
    }

    @Override
    public Optional<ScreenedCall> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from call_journal where id = ?").param(id).query((rs, n) -> read(rs)).optional();
    }

    private static ScreenedCall read(ResultSet rs) throws SQLException {
        return new ScreenedCall(rs.getLong("id"), PhoneNumber.parse(rs.getString("callee")), Sender.parse(rs.getString("caller")),
                SqlTime.instant(rs, "at"), Action.valueOf(rs.getString("action")), Optional.ofNullable(rs.getString("label")),
                rs.getString("why"));
    }
}
