package org.quietline.consent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.quietline.number.PhoneNumber;

/**
 * The consent ledger in memory: for tests, benchmarks and a demo without a database. Nothing survives the
 * process. Thread-safe: appends for one subscriber are atomic (per-subscriber compute).
 */
public final class InMemoryConsentLedger implements ConsentLedger {

    private final Map<PhoneNumber, List<LedgerEntry>> ledgers = new ConcurrentHashMap<>();
    private final Map<String, Receipt> receipts = new ConcurrentHashMap<>();

    @Override
    public List<LedgerEntry> append(PhoneNumber subscriber, Instant at, List<Change> changes,
                                    Optional<Receipt> receipt) {
        Objects.requireNonNull(subscriber, "subscriber");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(receipt, "receipt");
        List<LedgerEntry> added = new ArrayList<>(changes.size());
        ledgers.compute(subscriber, (number, old) -> {
            List<LedgerEntry> next = old == null ? new ArrayList<>() : new ArrayList<>(old);
            for (Change change : changes) {
                LedgerEntry e = LedgerEntry.link(number, next.isEmpty() ? Optional.empty()
                        : Optional.of(next.getLast()), at, change);
                next.add(e);
                added.add(e);
            }
            receipt.ifPresent(r -> receipts.put(r.key(), r));
            return List.copyOf(next);
        });
        return List.copyOf(added);
    }

    @Override
    public List<LedgerEntry> history(PhoneNumber subscriber) {
        return ledgers.getOrDefault(subscriber, List.of());
    }

    @Override
    public Optional<Receipt> receipt(String key) {
        return Optional.ofNullable(receipts.get(key));
    }

    @Override
    public void replay(Consumer<LedgerEntry> each) {
        ledgers.values().forEach(entries -> entries.forEach(each));
    }

    @Override
    public List<PhoneNumber> subscribers() {
        return List.copyOf(ledgers.keySet());
    }

    /**
     * Replaces one stored entry, bypassing the chain: only for tests that show that verification catches
     * tampering. Package-private so that production code cannot reach it.
     */
    void tamper(PhoneNumber subscriber, int index, LedgerEntry forged) {
        ledgers.computeIfPresent(subscriber, (n, old) -> {
            List<LedgerEntry> next = new ArrayList<>(old);
            next.set(index, forged);
            return List.copyOf(next);
        });
    }
}
