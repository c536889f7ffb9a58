package org.quietline.consent;

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
