package org.quietline.consent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.quietline.number.NumberKey;
import org.quietline.number.PhoneNumber;
import org.quietline.number.Sender;

/**
 * The consent ledger in use: appends through the {@link ConsentLedger} port and keeps every subscriber's
 * {@link Standing} in memory, so that screening and scrubbing answer without I/O. The standing of a
 * subscriber changes only after the ledger has stored the change, and before {@link #record} returns: once
 * a refusal is acknowledged, every screening that starts afterwards sees it.
 *
 * <p>Thread-safe. Writes for one subscriber are serialised by a striped lock; reads take no lock. One
 * register per ledger: several processes writing one database would need the ledger as the arbiter
 * (see docs/adr/0031).
 */
public final class ConsentRegister {

    private static final int STRIPES = 1024;

    private final ConsentLedger ledger;
    private final Standings standings = new Standings();
    private final ReentrantLock[] locks = new ReentrantLock[STRIPES];

    /** Opens {@code ledger}, folding every stored entry into the standings. */
    public ConsentRegister(ConsentLedger ledger) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new ReentrantLock();
        }
        ledger.replay(e -> {
            long key = NumberKey.of(e.subscriber());
            standings.put(key, standings.get(key).apply(e));
        });
    }

    /**
     * Records {@code changes} (and the receipt of the reply that caused them) durably, then updates the
     * standing. Returns the stored entries.
     */
    public List<LedgerEntry> record(PhoneNumber subscriber, Instant at, List<Change> changes,
                                    Optional<Receipt> receipt) {
        return exclusively(subscriber, () -> {
            List<LedgerEntry> added = ledger.append(subscriber, at, List.copyOf(changes), receipt);
            long key = NumberKey.of(subscriber);
            Standing s = standings.get(key);
            for (LedgerEntry e : added) {
                s = s.apply(e);
            }
            standings.put(key, s);
            return added;
        });
    }

    /** Records one change now-stamped by the caller. */
    public LedgerEntry record(PhoneNumber subscriber, Instant at, Change change) {
        return record(subscriber, at, List.of(change), Optional.empty()).getFirst();
    }

    /**
     * Runs {@code work} while no other write for {@code subscriber} runs, so that a check of the standing and
     * the write that depends on it cannot interleave with another reply of the same subscriber.
     */
    public <T> T exclusively(PhoneNumber subscriber, Supplier<T> work) {
        ReentrantLock lock = locks[Math.floorMod(subscriber.hashCode(), STRIPES)];
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    /** The consents and refusals in force for {@code subscriber}. */
    public Standing standing(PhoneNumber subscriber) {
        return standings.get(NumberKey.of(subscriber));
    }

    /**
     * What {@code standing(subscriber).marketing(sender, merchant)} says, read with one probe into memory for a
     * subscriber who refused nothing and consented to at most one merchant: the consent check's question.
     */
    public Permission marketing(PhoneNumber subscriber, Sender sender, Optional<MerchantId> merchant) {
        return standings.marketing(NumberKey.of(subscriber), sender, merchant);
    }

    /** The receipt stored under {@code key}, if a reply with that identity was handled. */
    public Optional<Receipt> receipt(String key) {
        return ledger.receipt(key);
    }

    /** {@code subscriber}'s ledger, oldest first. */
    public List<LedgerEntry> history(PhoneNumber subscriber) {
        return ledger.history(subscriber);
    }

    /** Verifies {@code subscriber}'s stored chain. */
    public ChainVerifier.Result verify(PhoneNumber subscriber) {
        return ChainVerifier.verify(ledger.history(subscriber));
    }

    /**
     * The numbers of {@code numbers} that {@code merchant} may send marketing to now under {@code rule}, in
     * the given order: a real-time replacement for scrubbing a list against a do-not-call registry.
     */
    public List<PhoneNumber> scrub(MerchantId merchant, List<PhoneNumber> numbers, MarketingRule rule) {
        Objects.requireNonNull(merchant, "merchant");
        Objects.requireNonNull(rule, "rule");
        List<PhoneNumber> allowed = new ArrayList<>(numbers.size());
        for (PhoneNumber n : numbers) {
            if (standing(n).mayMarket(merchant, rule)) {
                allowed.add(n);
            }
        }
        return allowed;
    }
}
