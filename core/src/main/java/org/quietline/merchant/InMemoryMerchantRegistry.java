package org.quietline.merchant;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.quietline.number.Sender;
import org.quietline.number.SenderCode;

/**
 * A {@link MerchantRegistry} held in memory: for tests, the demo, and as the cache in front of a
 * persistent one. Thread-safe: reads are lock-free on an immutable snapshot; writes (rare) rebuild the
 * snapshot under a lock. Service ports are looked up by walking a digit trie, so a lookup allocates
 * nothing and costs one step per digit.
 */
public final class InMemoryMerchantRegistry implements MerchantRegistry {

    private final Map<String, Merchant> merchants = new LinkedHashMap<>();
    private final List<Route> routes = new ArrayList<>();
    private volatile Snapshot snapshot = Snapshot.build(List.of());

    /** Adds or replaces a merchant (by id). Returns this registry, for chaining. */
    public synchronized InMemoryMerchantRegistry add(Merchant merchant) {
        merchants.put(merchant.id(), merchant);
        rebuild();
        return this;
    }

    /** Records that {@code merchantId} sends through {@code sender}. */
    public synchronized InMemoryMerchantRegistry route(String merchantId, Sender sender) {
        routes.add(new Route(known(merchantId), sender, false));
        rebuild();
        return this;
    }

    /**
     * Records that {@code sender} is registered for the verification codes of every brand of
     * {@code merchantId}; the merchant also sends through it.
     */
    public synchronized InMemoryMerchantRegistry registerCodes(String merchantId, Sender sender) {
        routes.add(new Route(known(merchantId), sender, true));
        rebuild();
        return this;
    }

    @Override
    public List<Merchant> sendingThrough(Sender sender) {
        return snapshot.senders(sender);
    }

    @Override
    public boolean registeredForCodes(Sender sender, String brand) {
        return snapshot.codes(sender, Merchant.fold(brand));
    }

    @Override
    public List<Merchant> signingWith(String brand) {
        return snapshot.byBrand.getOrDefault(Merchant.fold(brand), List.of());
    }

    private Merchant known(String merchantId) {
        Merchant m = merchants.get(Objects.requireNonNull(merchantId, "merchantId"));
        if (m == null) {
            throw new IllegalArgumentException("no merchant with id " + merchantId);
        }
        return m;
    }

    private void rebuild() {
        List<Route> current = new ArrayList<>();
        for (Route r : routes) {
            current.add(new Route(merchants.get(r.merchant.id()), r.sender, r.codes));
        }
        snapshot = Snapshot.build(current);
    }

    private record Route(Merchant merchant, Sender sender, boolean codes) {
    }

    /** An immutable index: a digit trie for service ports, exact maps for every other sender. */
    private record Snapshot(PortTrie ports, Map<String, Entry> exact, Map<String, List<Merchant>> byBrand) {

        static Snapshot build(List<Route> routes) {
            PortTrie ports = new PortTrie();
            Map<String, Entry> exact = new HashMap<>();
            Map<String, List<Merchant>> byBrand = new HashMap<>();
            for (Route r : routes) {
                Entry e = isPort(r.sender) ? ports.entryFor(r.sender.value()) : exact.computeIfAbsent(r.sender.value(), k -> new Entry());
                e.add(r.merchant, r.codes);
                for (String b : r.merchant.foldedBrands()) {
                    List<Merchant> list = byBrand.computeIfAbsent(b, k -> new ArrayList<>());
                    if (!list.contains(r.merchant)) {
                        list.add(r.merchant);
                    }
                }
            }
            byBrand.replaceAll((k, v) -> List.copyOf(v));
            return new Snapshot(ports, exact, byBrand);
        }

        List<Merchant> senders(Sender sender) {
            if (isPort(sender)) {
                return ports.senders(sender.value());
            }
            Entry e = exact.get(sender.value());
            return e == null ? List.of() : e.senders;
        }

        boolean codes(Sender sender, String foldedBrand) {
            if (isPort(sender)) {
                return ports.codes(sender.value(), foldedBrand);
            }
            Entry e = exact.get(sender.value());
            return e != null && e.codes(foldedBrand);
        }

        private static boolean isPort(Sender sender) {
            return sender instanceof SenderCode c && c.kind() == SenderCode.Kind.SERVICE_PORT;
        }
    }
}
