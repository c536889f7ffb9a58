package org.quietline.consent;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.quietline.number.PhoneNumber;

/**
 * The consent ledger's store (a port): append-only, one hash chain per subscriber, and the receipts of
 * handled replies. An in-memory implementation ships in core; the server supplies a JDBC one. Both pass
 * the same contract test.
 *
 * <p>Implementations are thread-safe. {@link #append} is atomic and durable when it returns: the entries and
 * the receipt are all stored, or none is. Callers serialise appends for one subscriber (see
 * {@link ConsentRegister}); an implementation must still refuse, rather than fork, a chain when two appends
 * for one subscriber race.
 */
public interface ConsentLedger {

    /**
     * Appends {@code changes} (possibly none) to {@code subscriber}'s ledger, linked after its last entry,
     * all stamped {@code at}, and stores {@code receipt} if present, in one transaction.
     *
     * @return the new entries, in order
     * @throws IllegalStateException when the chain moved under this append (a concurrent writer)
     */
    List<LedgerEntry> append(PhoneNumber subscriber, Instant at, List<Change> changes, Optional<Receipt> receipt);

    /** {@code subscriber}'s ledger, oldest first; empty when it has none. */
    List<LedgerEntry> history(PhoneNumber subscriber);

    /** The receipt stored under {@code key}, if any. */
    Optional<Receipt> receipt(String key);

    /** Hands every entry of every subscriber to {@code each}, each subscriber's in order (to rebuild views). */
    void replay(Consumer<LedgerEntry> each);

    /** Every subscriber that has a ledger, in no particular order. */
    List<PhoneNumber> subscribers();
}
