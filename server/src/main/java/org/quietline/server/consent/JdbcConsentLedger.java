package org.quietline.server.consent;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.quietline.consent.ChainVerifier;
import org.quietline.consent.Change;
import org.quietline.consent.ConsentLedger;
import org.quietline.consent.LedgerEntry;
import org.quietline.consent.Party;
import org.quietline.consent.Receipt;
import org.quietline.consent.Scope;
import org.quietline.consent.Source;
import org.quietline.number.PhoneNumber;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The consent ledger in a relational database (H2 or PostgreSQL, tables of migration V30). An append reads
 * the subscriber's head and inserts the new entries and the receipt in one transaction; it is durable when
 * {@link #append} returns. The primary key (subscriber, seq) turns a racing second writer into an
 * {@link IllegalStateException} instead of a fork. Thread-safe.
 */
public final class JdbcConsentLedger implements ConsentLedger {

    private static final String COLUMNS = "subscriber, seq, at, kind, party, scope, source, evidence, previous_hash, hash";

    private final JdbcClient jdbc;
    private final TransactionOperations transactions;

    /** A ledger in the database behind {@code jdbc}, writing in {@code transactions}. */
    public JdbcConsentLedger(JdbcClient jdbc, TransactionOperations transactions) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public List<LedgerEntry> append(PhoneNumber subscriber, Instant at, List<Change> changes,
                                    Optional<Receipt> receipt) {
        Objects.requireNonNull(receipt, "receipt");
        try {
            return transactions.execute(status -> {
                List<LedgerEntry> added = new ArrayList<>(changes.size());
                Optional<Head> head = head(subscriber);
                long seq = head.map(Head::seq).orElse(0L);
                String hash = head.map(Head::hash).orElse(LedgerEntry.GENESIS);
                for (Change c : changes) {
                    LedgerEntry e = LedgerEntry.link(subscriber, seq, hash, at, c);
                    insert(e);
                    added.add(e);
                    seq = e.seq();
                    hash = e.hash();
                }
                receipt.ifPresent(r -> store(subscriber, r));
                return List.copyOf(added);
            });
        } catch (DuplicateKeyException e) {
            throw new IllegalStateException("the ledger of " + subscriber.masked() + " moved during an append", e);
        }
    }

    private record Head(long seq, String hash) {
    }

    private Optional<Head> head(PhoneNumber subscriber) {
        return jdbc.sql("select seq, hash from consent_ledger where subscriber = ? order by seq desc limit 1")
                .param(subscriber.e164())
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
                .optional();
    }

    private void insert(LedgerEntry e) {
        Change c = e.change();
        jdbc.sql("insert into consent_ledger (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(e.subscriber().e164(), e.seq(), OffsetDateTime.ofInstant(e.at(), ZoneOffset.UTC),
                        c.kind().name(), c.party().canonical(), c.scope().name(), c.source().name(), c.evidence(),
                        e.previousHash(), e.hash())
                .update();
    }

    private void store(PhoneNumber subscriber, Receipt r) {
        jdbc.sql("delete from mo_receipt where receipt_key = ?").param(r.key()).update();
        jdbc.sql("insert into mo_receipt (receipt_key, subscriber, at, outcome) values (?, ?, ?, ?)")
                .params(r.key(), subscriber.e164(), OffsetDateTime.ofInstant(r.at(), ZoneOffset.UTC), r.outcome())
                .update();
    }

    @Override
    public List<LedgerEntry> history(PhoneNumber subscriber) {
        return jdbc.sql("select " + COLUMNS + " from consent_ledger where subscriber = ? order by seq")
                .param(subscriber.e164())
                .query((rs, n) -> entry(rs))
                .list();
    }

    @Override
    public Optional<Receipt> receipt(String key) {
        return jdbc.sql("select receipt_key, at, outcome from mo_receipt where receipt_key = ?")
                .param(key)
                .query((rs, n) -> new Receipt(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                        rs.getString(3)))
                .optional();
    }

    @Override
    public void replay(Consumer<LedgerEntry> each) {
        jdbc.sql("select " + COLUMNS + " from consent_ledger order by subscriber, seq")
                .query(rs -> {
                    each.accept(entry(rs));
                });
    }

    @Override
    public List<PhoneNumber> subscribers() {
        return jdbc.sql("select distinct subscriber from consent_ledger")
                .query((rs, n) -> PhoneNumber.parse(rs.getString(1), "ZZ"))
                .list();
    }

    /** Every subscriber with a ledger, as stored (E.164), without parsing: for verification. */
    public List<String> storedSubscribers() {
        return jdbc.sql("select distinct subscriber from consent_ledger order by subscriber").query(String.class).list();
    }

    /**
     * {@code subscriber}'s rows (E.164 as stored) unparsed, in sequence order: verification reports a row
     * overwritten with nonsense as a broken link instead of failing to read it.
     */
    public List<ChainVerifier.Row> rows(String subscriber) {
        return jdbc.sql("select " + COLUMNS + " from consent_ledger where subscriber = ? order by seq")
                .param(subscriber)
                .query((rs, n) -> new ChainVerifier.Row(rs.getString("subscriber"), rs.getLong("seq"),
                        rs.getObject("at", OffsetDateTime.class).toInstant(), rs.getString("kind"),
                        rs.getString("party"), rs.getString("scope"), rs.getString("source"), rs.getString("evidence"),
                        rs.getString("previous_hash").strip(), rs.getString("hash").strip()))
                .list();
    }

    /** Reads a row as stored: the hash is not recomputed, so that verification sees what the database holds. */
    private static LedgerEntry entry(ResultSet rs) throws SQLException {
        Change c = new Change(Change.Kind.valueOf(rs.getString("kind")), Party.parse(rs.getString("party")),
                Scope.valueOf(rs.getString("scope")), Source.valueOf(rs.getString("source")),
                rs.getString("evidence"));
        return new LedgerEntry(PhoneNumber.parse(rs.getString("subscriber"), "ZZ"), rs.getLong("seq"),
                rs.getObject("at", OffsetDateTime.class).toInstant(), c, rs.getString("previous_hash").strip(),
                rs.getString("hash").strip());
    }
}
