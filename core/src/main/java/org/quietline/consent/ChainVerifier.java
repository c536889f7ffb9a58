package org.quietline.consent;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Checks a subscriber's ledger: entries numbered 1, 2, 3 … without gaps, each carrying the hash of the one
 * before, each hash matching its fields. Reports the first broken link, which is where tampering (an edited,
 * deleted, inserted or reordered row) begins. Stateless and thread-safe.
 */
public final class ChainVerifier {

    private ChainVerifier() {
    }

    /** The result of a verification. */
    public sealed interface Result permits Intact, Broken {
        /** Whether every link held. */
        default boolean intact() {
            return this instanceof Intact;
        }
    }

    /**
     * Every link held.
     *
     * @param entries how many entries were checked
     * @param head    the last entry's hash ({@link LedgerEntry#GENESIS} for an empty ledger): hand it to the
     *                subscriber, who can later show that the ledger still ends there
     */
    public record Intact(int entries, String head) implements Result {
    }

    /**
     * The first broken link.
     *
     * @param seq     the number of the first entry that does not fit (or the number expected where one is missing)
     * @param problem what does not fit, in words
     */
    public record Broken(long seq, String problem) implements Result {
    }

    /**
     * A stored row as its columns hold it, unparsed: what a store hands over for verification, so that a row
     * whose kind or party was overwritten with nonsense is reported as a broken link rather than failing to load.
     */
    public record Row(String subscriber, long seq, Instant at, String kind, String party, String scope, String source,
                      String evidence, String previousHash, String hash) {

        /** The hash this row's columns give. */
        String expectedHash() {
            return LedgerEntry.sha256(LedgerEntry.canonical(subscriber, seq, at, kind, party, scope, source, evidence,
                    previousHash));
        }
    }

    /** Verifies stored {@code rows}, one subscriber's ledger in stored (seq) order. */
    public static Result verifyRows(List<Row> rows) {
        Objects.requireNonNull(rows, "rows");
        String previous = LedgerEntry.GENESIS;
        long expected = 1;
        for (Row r : rows) {
            if (r.seq() != expected) {
                return new Broken(expected, "expected entry #" + expected + " but found #" + r.seq()
                        + " (an entry was removed, inserted or moved)");
            }
            if (!r.previousHash().equals(previous)) {
                return new Broken(r.seq(), "entry #" + r.seq() + " does not carry the hash of the entry before it");
            }
            if (!r.hash().equals(r.expectedHash())) {
                return new Broken(r.seq(), "entry #" + r.seq() + " was altered: its fields no longer give its hash");
            }
            if (!rows.getFirst().subscriber().equals(r.subscriber())) {
                return new Broken(r.seq(), "entry #" + r.seq() + " belongs to another subscriber's ledger");
            }
            previous = r.hash();
            expected++;
        }
        return new Intact(rows.size(), previous);
    }

    /** Verifies {@code entries}, one subscriber's ledger in stored order. */
    public static Result verify(List<LedgerEntry> entries) {
        Objects.requireNonNull(entries, "entries");
        String previous = LedgerEntry.GENESIS;
        long expected = 1;
        for (LedgerEntry e : entries) {
            if (e.seq() != expected) {
                return new Broken(expected, "expected entry #" + expected + " but found #" + e.seq()
                        + " (an entry was removed, inserted or moved)");
            }
            if (!e.previousHash().equals(previous)) {
                return new Broken(e.seq(), "entry #" + e.seq() + " does not carry the hash of the entry before it");
            }
            if (!e.hash().equals(e.expectedHash())) {
                return new Broken(e.seq(), "entry #" + e.seq() + " was altered: its fields no longer give its hash");
            }
            if (!entries.getFirst().subscriber().equals(e.subscriber())) {
                return new Broken(e.seq(), "entry #" + e.seq() + " belongs to another subscriber's ledger");
            }
            previous = e.hash();
            expected++;
        }
        return new Intact(entries.size(), previous);
    }
}
