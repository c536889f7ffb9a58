package org.quietline.server.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.quietline.screening.Action;
import org.quietline.screening.Reason;
import org.quietline.screening.Verdict;
import org.quietline.server.database.SqlTime;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The audit log in the {@code screening_audit} and {@code screening_reason} tables (migration V2).
 * A screening and its reasons are written in one transaction, as JDBC batches; {@link #recordAll} writes many in
 * one. Thread-safe.
 */
public final class JdbcScreeningAudit implements ScreeningAudit {

    private static final String SELECT = "select id, screened_at, received_at, channel, client_id, sender,"
            + " recipient_masked, recipient_key, action, score, label, policy_version from screening_audit";

    private static final String INSERT = "insert into screening_audit (id, screened_at, received_at, channel, client_id,"
            + " sender, recipient_masked, recipient_key, action, score, label, policy_version)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_REASON = "insert into screening_reason (audit_id, position, signal, signal_group,"
            + " contribution, description, evidence, forcing) values (?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcOperations operations;
    private final JdbcClient jdbc;
    private final TransactionOperations transactions;

    /** Over {@code operations}, whose database has been migrated, writing within {@code transactions}. */
    public JdbcScreeningAudit(JdbcOperations operations, TransactionOperations transactions) {
        this.operations = operations;
        this.jdbc = JdbcClient.create(operations);
        this.transactions = transactions;
    }

    @Override
    public void record(AuditedScreening s) {
        try {
            insert(List.of(s));
        } catch (DuplicateKeyException e) {
            throw new IllegalArgumentException("screening " + s.id() + " is recorded already", e);
        }
    }

    /**
     * Appends every screening of {@code screenings} in one transaction, as two JDBC batches: all or none.
     *
     * @throws IllegalArgumentException when one of them is recorded already (then none is)
     */
    @Override
    public void recordAll(List<AuditedScreening> screenings) {
        if (screenings.isEmpty()) {
            return;
        }
        try {
            insert(screenings);
        } catch (DuplicateKeyException e) {
            throw new IllegalArgumentException("one of " + screenings.size() + " screenings is recorded already", e);
        }
    }

    /** The screenings' rows, then their reasons' rows, each as one JDBC batch, in one transaction. */
    private void insert(List<AuditedScreening> screenings) {
        List<Object[]> heads = new ArrayList<>(screenings.size());
        List<Object[]> reasons = new ArrayList<>(screenings.size() * 3);
        for (AuditedScreening s : screenings) {
            heads.add(headRow(s));
            reasonRows(s, reasons);
        }
        transactions.executeWithoutResult(status -> {
            operations.batchUpdate(INSERT, heads);
            operations.batchUpdate(INSERT_REASON, reasons);
        });
    }

    private static Object[] headRow(AuditedScreening s) {
        Verdict v = s.verdict();
        return new Object[] {s.id().toString(), SqlTime.of(s.screenedAt()), SqlTime.of(s.receivedAt()), s.channel(),
            s.clientId(), s.sender(), s.recipientMasked(), s.recipientKey().hex(), v.action().name(), v.score(),
            v.label().orElse(null), v.policyVersion()};
    }

    /** The reason rows of {@code s}: its reasons in order, and what forced it at position -1 when not among them. */
    private static void reasonRows(AuditedScreening s, List<Object[]> out) {
        Verdict v = s.verdict();
        List<Reason> reasons = v.reasons();
        boolean forcingListed = false;
        for (int i = 0; i < reasons.size(); i++) {
            boolean forcing = v.forcedBy().map(reasons.get(i)::equals).orElse(false) && !forcingListed;
            forcingListed |= forcing;
            out.add(reasonRow(s.id(), i, reasons.get(i), forcing));
        }
        if (!forcingListed && v.forcedBy().isPresent()) {
            out.add(reasonRow(s.id(), -1, v.forcedBy().get(), true));
        }
    }

    private static Object[] reasonRow(UUID id, int position, Reason r, boolean forcing) {
        return new Object[] {id.toString(), position, r.signal(), r.group(), r.contribution(), r.description(),
            r.evidence(), forcing};
    }

    @Override
    public Optional<AuditedScreening> find(UUID id) {
        return withReasons(jdbc.sql(SELECT + " where id = ?").param(id.toString()).query(JdbcScreeningAudit::head).list())
                .stream().findFirst();
    }

    @Override
    public List<AuditedScreening> forRecipient(RecipientKey recipient, int limit) {
        return withReasons(jdbc.sql(SELECT + " where recipient_key = ? order by screened_at desc, id desc limit ?")
                .params(recipient.hex(), limit).query(JdbcScreeningAudit::head).list());
    }

    @Override
    public List<AuditedScreening> latest(int limit) {
        return withReasons(jdbc.sql(SELECT + " order by screened_at desc, id desc limit ?")
                .param(limit).query(JdbcScreeningAudit::head).list());
    }

    /** A screening row before its reasons are read. */
    private record Head(AuditedScreening partial, Action action, double score, Optional<String> label, String policy) {
    }

    private static Head head(ResultSet rs, int row) throws SQLException {
        Verdict none = new Verdict(Action.ALLOW, 0, List.of(), Optional.empty(), Optional.empty(), "");
        AuditedScreening partial = new AuditedScreening(UUID.fromString(rs.getString("id")),
                SqlTime.instant(rs, "screened_at"), SqlTime.instant(rs, "received_at"), rs.getString("channel"),
                rs.getString("client_id"), rs.getString("sender"), rs.getString("recipient_masked"),
                new RecipientKey(rs.getString("recipient_key")), none);
        return new Head(partial, Action.valueOf(rs.getString("action")), rs.getDouble("score"),
                Optional.ofNullable(rs.getString("label")), rs.getString("policy_version"));
    }

    private record ReasonRow(String auditId, int position, Reason reason, boolean forcing) {
    }

    private List<AuditedScreening> withReasons(List<Head> heads) {
        if (heads.isEmpty()) {
            return List.of();
        }
        Map<String, List<ReasonRow>> reasons = new LinkedHashMap<>();
        List<String> ids = heads.stream().map(h -> h.partial().id().toString()).toList();
        String marks = String.join(", ", Collections.nCopies(ids.size(), "?"));
        jdbc.sql("select audit_id, position, signal, signal_group, contribution, description, evidence, forcing"
                        + " from screening_reason where audit_id in (" + marks + ") order by audit_id, position")
                .params(new ArrayList<Object>(ids))
                .query((rs, n) -> new ReasonRow(rs.getString("audit_id"), rs.getInt("position"),
                        new Reason(rs.getString("signal"), rs.getString("signal_group"), rs.getDouble("contribution"),
                                rs.getString("description"), rs.getString("evidence")), rs.getBoolean("forcing")))
                .list()
                .forEach(r -> reasons.computeIfAbsent(r.auditId(), k -> new ArrayList<>()).add(r));
        return heads.stream().map(h -> assemble(h, reasons.getOrDefault(h.partial().id().toString(), List.of()))).toList();
    }

    private static AuditedScreening assemble(Head h, List<ReasonRow> rows) {
        List<Reason> listed = rows.stream().filter(r -> r.position() >= 0).map(ReasonRow::reason).toList();
        Optional<Reason> forcedBy = rows.stream().filter(ReasonRow::forcing).map(ReasonRow::reason).findFirst();
        Verdict verdict = new Verdict(h.action(), h.score(), listed, forcedBy, h.label(), h.policy());
        AuditedScreening p = h.partial();
        return new AuditedScreening(p.id(), p.screenedAt(), p.receivedAt(), p.channel(), p.clientId(), p.sender(),
                p.recipientMasked(), p.recipientKey(), verdict);
    }
}
