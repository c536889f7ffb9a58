package org.quietline.server.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A database for one test class run, migrated with the platform's Flyway migrations: a private H2
 * in-memory database (PostgreSQL mode, as the platform's embedded one), or a fresh schema in the
 * PostgreSQL test database, so that parallel runs never see each other's rows. Given to tests by
 * {@link OnEveryDatabase}, which empties every table before each test. Connects lazily: a PostgreSQL that
 * is not there costs nothing until a test needs it.
 *
 * <p>PostgreSQL is found at {@code QUIETLINE_TEST_POSTGRES_URL} (default
 * {@code jdbc:postgresql://127.0.0.1:5432/test}), as {@code QUIETLINE_TEST_POSTGRES_USER} (default
 * {@code postgres}) with {@code QUIETLINE_TEST_POSTGRES_PASSWORD} (default empty). When it does not answer,
 * its tests are skipped with a message saying how to run them, except with {@code CI=true}, where they fail.
 *
 * <p>Not thread-safe; one instance serves the tests of one class invocation, one after another.
 */
public final class TestDatabase implements AutoCloseable {

    /** Which database. */
    public enum Kind { H2, POSTGRESQL }

    /** H2 settings that make it behave like PostgreSQL; the platform's embedded URL uses the same. */
    static final String H2_SETTINGS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    private static final String PG_URL = env("QUIETLINE_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String PG_USER = env("QUIETLINE_TEST_POSTGRES_USER", "postgres");
    private static final String PG_PASSWORD = env("QUIETLINE_TEST_POSTGRES_PASSWORD", "");
    private static final String SCHEMA_PREFIX = "qltest_";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private final Kind kind;
    private HikariDataSource pool;
    private String schema = "";

    private TestDatabase(Kind kind) {
        this.kind = kind;
    }

    static TestDatabase h2() {
        return new TestDatabase(Kind.H2);
    }

    static TestDatabase postgres() {
        return new TestDatabase(Kind.POSTGRESQL);
    }

    /** Which database this is. */
    public Kind kind() {
        return kind;
    }

    /** The migrated database. */
    public DataSource dataSource() {
        open();
        return pool;
    }

    /** A {@link JdbcClient} over {@link #dataSource()}. */
    public JdbcClient jdbc() {
        return JdbcClient.create(dataSource());
    }

    /** Transactions over {@link #dataSource()}. */
    public TransactionOperations transactions() {
        return new TransactionTemplate(new DataSourceTransactionManager(dataSource()));
    }

    /**
     * How another process (a platform started by a test) reaches this PostgreSQL schema:
     * {@code QUIETLINE_DB_URL}, {@code QUIETLINE_DB_USER}, {@code QUIETLINE_DB_PASSWORD}. An H2 in-memory
     * database cannot be shared with another process: such tests use an H2 file database of their own.
     */
    public java.util.Map<String, String> processEnvironment() {
        if (kind != Kind.POSTGRESQL) {
            throw new IllegalStateException("an H2 in-memory test database lives in this JVM only");
        }
        open();
        return java.util.Map.of("QUIETLINE_DB_URL", PG_URL + (PG_URL.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                "QUIETLINE_DB_USER", PG_USER, "QUIETLINE_DB_PASSWORD", PG_PASSWORD);
    }

    /** Opens (the first time) and empties every table but Flyway's history. */
    void prepare() {
        open();
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            List<String> tables = tables(c);
            if (tables.isEmpty()) {
                return;
            }
            if (kind == Kind.POSTGRESQL) {
                s.execute("truncate table " + String.join(", ", tables) + " restart identity cascade");
            } else {
                s.execute("set referential_integrity false");
                for (String t : tables) {
                    s.execute("truncate table " + t + " restart identity");
                }
                s.execute("set referential_integrity true");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not empty the " + this + " test database", e);
        }
    }

    private static List<String> tables(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        try (var rs = c.createStatement().executeQuery("select table_name from information_schema.tables"
                + " where table_schema = current_schema() and table_type = 'BASE TABLE'"
                + " and lower(table_name) <> 'flyway_schema_history'")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    private void open() {
        if (pool != null) {
            return;
        }
        HikariConfig config = new HikariConfig();
        config.setMaximumPoolSize(4);
        config.setPoolName("test-" + kind);
        if (kind == Kind.H2) {
            config.setJdbcUrl("jdbc:h2:mem:" + SCHEMA_PREFIX + UUID.randomUUID() + H2_SETTINGS + ";DB_CLOSE_DELAY=-1");
            config.setUsername("sa");
        } else {
            Postgres.requireReachable();
            schema = SCHEMA_PREFIX + LocalDateTime.now().format(STAMP) + "_"
                    + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
            config.setJdbcUrl(PG_URL);
            config.setUsername(PG_USER);
            config.setPassword(PG_PASSWORD);
            config.setSchema(schema);
        }
        pool = new HikariDataSource(config);
        Flyway.configure().dataSource(pool).locations("classpath:db/migration")
                .schemas(kind == Kind.POSTGRESQL ? new String[] {schema} : new String[0])
                .load().migrate();
    }

    /** Drops the PostgreSQL schema and closes the pool. */
    @Override
    public void close() {
        if (pool == null) {
            return;
        }
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute(kind == Kind.POSTGRESQL ? "drop schema " + schema + " cascade" : "shutdown");
        } catch (SQLException e) {
            // The database goes away with the JVM (H2) or is swept by the next run (PostgreSQL, see Postgres).
        } finally {
            pool.close();
            pool = null;
        }
    }

    @Override
    public String toString() {
        return kind == Kind.H2 ? "H2" : "PostgreSQL";
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** Whether PostgreSQL answers, found out once per JVM. */
    static final class Postgres {

        private static volatile String unreachable;
        private static volatile boolean checked;

        private Postgres() {
        }

        static synchronized void requireReachable() {
            if (!checked) {
                unreachable = probe();
                checked = true;
                if (!unreachable.isEmpty()) {
                    System.err.println("[TestDatabase] PostgreSQL tests will not run: " + message());
                }
            }
            if (unreachable.isEmpty()) {
                return;
            }
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError("PostgreSQL tests cannot run, and with CI=true they must: " + message());
            }
            Assumptions.abort("PostgreSQL tests skipped: " + message());
        }

        private static String message() {
            return "nothing usable answers at " + PG_URL + " as " + PG_USER + " ("
                    + unreachable + "). To run them, start PostgreSQL on 127.0.0.1:5432 with a database 'test'"
                    + " (trust auth), or set QUIETLINE_TEST_POSTGRES_URL / _USER / _PASSWORD.";
        }

        /** Empty when PostgreSQL answers; otherwise why not. Also sweeps schemas of runs that died. */
        private static String probe() {
            Properties props = new Properties();
            props.setProperty("user", PG_USER);
            props.setProperty("password", PG_PASSWORD);
            props.setProperty("connectTimeout", "3");
            props.setProperty("loginTimeout", "5");
            try (Connection c = DriverManager.getConnection(PG_URL, props)) {
                sweep(c);
                return "";
            } catch (SQLException e) {
                return e.getMessage();
            }
        }

        /** Drops test schemas older than a day: their runs were killed before they could clean up. */
        private static void sweep(Connection c) throws SQLException {
            String dayAgo = LocalDateTime.now().minusDays(1).format(STAMP);
            List<String> stale = new ArrayList<>();
            try (var rs = c.createStatement().executeQuery(
                    "select nspname from pg_namespace where nspname like 'qltest\\_%'")) {
                while (rs.next()) {
                    String name = rs.getString(1);
                    String stamp = name.substring(SCHEMA_PREFIX.length()).split("_")[0];
                    if (stamp.length() == 14 && stamp.compareTo(dayAgo) < 0) {
                        stale.add(name);
                    }
                }
            }
            try (Statement s = c.createStatement()) {
                for (String name : stale) {
                    s.execute("drop schema if exists " + name + " cascade");
                }
            }
        }
    }
}
