package org.quietline.call.allow;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.quietline.call.NumberPattern;
import org.quietline.number.Sender;

/**
 * The operator's register of legitimate high-volume callers — couriers, banks' 95xxx lines, hospitals,
 * government hotlines — that call many people and must not be blocked for it. The shipped entries cover
 * the nationwide short codes; operators add their couriers' and hospitals' numbers. Thread-safe: reads
 * (every call) take no lock; additions copy the list (they are rare).
 */
public final class AllowRegister {

    private final List<AllowEntry> entries = new CopyOnWriteArrayList<>();

    /** An empty register. */
    public AllowRegister() {
    }

    /** The register with the shipped nationwide entries. */
    public static AllowRegister shipped() {
        AllowRegister r = new AllowRegister();
        r.add(new AllowEntry(NumberPattern.parse("95***"), AllowKind.BANK, "银行客服 95xxx"));
        r.add(new AllowEntry(NumberPattern.parse("12345"), AllowKind.GOVERNMENT, "政务服务便民热线 12345"));
        r.add(new AllowEntry(NumberPattern.parse("120"), AllowKind.HOSPITAL, "急救 120"));
        return r;
    }

    /** Adds an entry. */
    public AllowRegister add(AllowEntry entry) {
        entries.add(Objects.requireNonNull(entry, "entry"));
        return this;
    }

    /** The first entry that matches {@code caller}, if any. */
    public Optional<AllowEntry> find(Sender caller) {
        for (AllowEntry e : entries) {
            if (e.pattern().matches(caller)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** Every entry, in the order added. */
    public List<AllowEntry> entries() {
        return List.copyOf(new ArrayList<>(entries));
    }

    /** Removes every entry with exactly {@code pattern}; answers whether one was there. */
    public boolean remove(NumberPattern pattern) {
        return entries.removeIf(e -> e.pattern().equals(pattern));
    }
}
