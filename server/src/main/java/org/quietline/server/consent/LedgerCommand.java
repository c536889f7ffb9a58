package org.quietline.server.consent;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.quietline.consent.ChainVerifier;
import org.quietline.number.InvalidNumberException;
import org.quietline.number.PhoneNumber;
import org.quietline.server.cli.Command;
import org.quietline.server.cli.UsageException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionOperations;

/**
 * {@code quietline ledger verify [--subscriber NUMBER]}: checks the hash chain of every subscriber's consent
 * ledger (or one) in the platform's database and reports, per broken ledger, the first broken link. Reads the
 * database named by {@code QUIETLINE_DB_URL} / {@code QUIETLINE_DB_USER} / {@code QUIETLINE_DB_PASSWORD}, by
 * default the embedded H2 file database under {@code $QUIETLINE_HOME/data} (stop the server first: H2 locks
 * its file). Exit code 0 when every chain is intact, 1 when one is broken. Numbers are printed masked.
 */
public final class LedgerCommand implements Command {

    @Override
    public String name() {
        return "ledger";
    }

    @Override
    public String summary() {
        return "verify the consent ledger's hash chains: ledger verify [--subscriber NUMBER]";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || !args.getFirst().equals("verify")) {
            throw new UsageException("usage: ledger verify [--subscriber NUMBER]");
        }
        Optional<PhoneNumber> one = Optional.empty();
        for (int i = 1; i < args.size(); i++) {
            if (args.get(i).equals("--subscriber") && i + 1 < args.size()) {
                try {
                    one = Optional.of(PhoneNumber.parse(args.get(++i)));
                } catch (InvalidNumberException e) {
                    throw new UsageException("--subscriber: " + e.getMessage());
                }
            } else {
                throw new UsageException("unknown option '" + args.get(i) + "'; usage: ledger verify [--subscriber NUMBER]");
            }
        }
        return verify(dataSource(), one, out);
    }

    /** Verifies the ledgers in {@code database}; prints the report to {@code out}; answers the exit code. */
    public static int verify(DataSource database, Optional<PhoneNumber> one, PrintStream out) {
        JdbcConsentLedger ledger = new JdbcConsentLedger(JdbcClient.create(database),
                TransactionOperations.withoutTransaction());
        List<String> subscribers = one.map(p -> List.of(p.e164())).orElseGet(ledger::storedSubscribers);
        int broken = 0;
        long entries = 0;
        for (String s : subscribers) {
            List<ChainVerifier.Row> rows = ledger.rows(s);
            entries += rows.size();
            ChainVerifier.Result r = ChainVerifier.verifyRows(rows);
            if (r instanceof ChainVerifier.Broken b) {
                broken++;
                out.println("  " + masked(s) + "  BROKEN at #" + b.seq() + ": " + b.problem());
            } else if (one.isPresent()) {
                out.println("  " + masked(s) + "  intact, " + rows.size() + " entries, head "
                        + ((ChainVerifier.Intact) r).head());
            }
        }
        out.printf("ledger verify: %d ledgers, %d entries, %s%n", subscribers.size(), entries,
                broken == 0 ? "every chain intact" : broken + " broken");
        return broken == 0 ? 0 : 1;
    }

    private static String masked(String e164) {
        return PhoneNumber.tryParse(e164).map(PhoneNumber::masked).orElse("(unreadable number)");
    }

    private static DataSource dataSource() {
        String home = System.getenv().getOrDefault("QUIETLINE_HOME", ".");
        String url = System.getenv().getOrDefault("QUIETLINE_DB_URL", "jdbc:h2:file:" + Path.of(home, "data", "quietline")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0;IFEXISTS=TRUE");
        return new DriverManagerDataSource(url, System.getenv().getOrDefault("QUIETLINE_DB_USER", "sa"),
                System.getenv().getOrDefault("QUIETLINE_DB_PASSWORD", ""));
    }
}
