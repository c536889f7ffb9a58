package org.quietline.server.merchant;

import java.time.InstantSource;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quietline.merchant.InMemoryMerchantRegistry;
import org.quietline.merchant.Merchant;
import org.quietline.merchant.MerchantRegistry;
import org.quietline.number.Sender;
import org.quietline.server.database.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The merchant registry kept in the database (migration V3). Screening reads must not wait for I/O, so
 * reads are answered from an in-memory snapshot ({@link InMemoryMerchantRegistry}) that every write
 * through this class rebuilds; {@link #reload()} picks up changes made by another node. Thread-safe:
 * writes are serialised, reads see the latest published snapshot.
 */
public final class JdbcMerchantRegistry implements MerchantRegistry {

    private final JdbcClient jdbc;
    private final TransactionOperations transactions;
    private final InstantSource clock;
    private volatile InMemoryMerchantRegistry snapshot = new InMemoryMerchantRegistry();

    /** Over a migrated database; loads what is stored. */
    public JdbcMerchantRegistry(JdbcClient jdbc, TransactionOperations transactions, InstantSource clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
        reload();
    }

    /** Adds a merchant, or replaces the name and brands of the one with its id (its senders stay). */
    public synchronized JdbcMerchantRegistry add(Merchant merchant) {
        transactions.executeWithoutResult(status -> {
            int updated = jdbc.sql("update merchant set name = ? where id = ?").params(merchant.name(), merchant.id()).update();
            if (updated == 0) {
                jdbc.sql("insert into merchant (id, name, created_at) values (?, ?, ?)")
                        .params(merchant.id(), merchant.name(), SqlTime.of(clock.instant())).update();
            }
            jdbc.sql("delete from merchant_brand where merchant_id = ?").param(merchant.id()).update();
            for (String brand : merchant.brands()) {
                jdbc.sql("insert into merchant_brand (merchant_id, brand) values (?, ?)").params(merchant.id(), brand).update();
            }
        });
        reload();
        return this;
    }

    /**
     * Records that {@code merchantId} sends through {@code sender}.
     *
     * @throws IllegalArgumentException when there is no such merchant
     */
    public synchronized JdbcMerchantRegistry route(String merchantId, Sender sender) {
        return addSender(merchantId, sender, false);
    }

    /**
     * Records that {@code sender} carries the verification codes of {@code merchantId}'s brands (and
     * that the merchant sends through it).
     *
     * @throws IllegalArgumentException when there is no such merchant
     */
    public synchronized JdbcMerchantRegistry registerCodes(String merchantId, Sender sender) {
        return addSender(merchantId, sender, true);
    }

    private JdbcMerchantRegistry addSender(String merchantId, Sender sender, boolean codes) {
        boolean known = jdbc.sql("select count(*) from merchant where id = ?").param(merchantId).query(Long.class).single() > 0;
        if (!known) {
            throw new IllegalArgumentException("no merchant with id " + merchantId);
        }
        boolean stored = jdbc.sql("select count(*) from merchant_sender where merchant_id = ? and sender = ? and codes = ?")
                .params(merchantId, sender.value(), codes).query(Long.class).single() > 0;
        if (!stored) {
            jdbc.sql("insert into merchant_sender (merchant_id, sender, codes) values (?, ?, ?)")
                    .params(merchantId, sender.value(), codes).update();
        }
        reload();
        return this;
    }

    /** Every merchant, by id. */
    public List<Merchant> all() {
        return List.copyOf(merchants().values());
    }

    /** Rebuilds the snapshot from the database. */
    public synchronized void reload() {
        InMemoryMerchantRegistry next = new InMemoryMerchantRegistry();
        merchants().values().forEach(next::add);
        record Row(String merchant, String sender, boolean codes) {
        }
        List<Row> rows = jdbc.sql("select merchant_id, sender, codes from merchant_sender order by merchant_id, sender, codes")
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getBoolean(3))).list();
        for (Row r : rows) {
            Sender sender = Sender.parse(r.sender());
            if (r.codes()) {
                next.registerCodes(r.merchant(), sender);
            } else {
                next.route(r.merchant(), sender);
            }
        }
        snapshot = next;
    }

    private Map<String, Merchant> merchants() {
        Map<String, String> names = new LinkedHashMap<>();
        jdbc.sql("select id, name from merchant order by id").query((rs, n) -> names.put(rs.getString(1), rs.getString(2))).list();
        Map<String, Set<String>> brands = new LinkedHashMap<>();
        jdbc.sql("select merchant_id, brand from merchant_brand order by merchant_id, brand")
                .query((rs, n) -> brands.computeIfAbsent(rs.getString(1), k -> new LinkedHashSet<>()).add(rs.getString(2)))
                .list();
        Map<String, Merchant> out = new LinkedHashMap<>();
        names.forEach((id, name) -> out.put(id, new Merchant(id, name, brands.getOrDefault(id, Set.of()))));
        return out;
    }

    @Override
    public List<Merchant> sendingThrough(Sender sender) {
        return snapshot.sendingThrough(sender);
    }

    @Override
    public boolean registeredForCodes(Sender sender, String brand) {
        return snapshot.registeredForCodes(sender, brand);
    }

    @Override
    public List<Merchant> signingWith(String brand) {
        return snapshot.signingWith(brand);
    }
}
