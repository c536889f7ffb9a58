package org.quietline.smpp;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.jsmpp.bean.SubmitSm;

/**
 * Parts of long messages waiting for the rest, so that a message is screened once, whole. Bounded in
 * parts overall and in time: a message whose parts stop coming is given up on after the timeout and
 * handed back incomplete (the firewall screens what arrived; ADR 0052). Time comes from an injected
 * nanosecond ticker. Thread-safe.
 */
final class Reassembly {

    /** Identifies one long message: parts with the same key belong together. */
    record Key(String systemId, String source, String destination, int reference, int total) {
    }

    /**
     * One part: its number, the PDU as received (decoded, and whole as it came, to be forwarded unchanged), its
     * text octets, and the id the ESME was given for it.
     */
    record Part(int number, SubmitSm pdu, byte[] raw, byte[] text, String ourId) {
    }

    /** A message given up on: its key and the parts that came. */
    record Expired(Key key, List<Part> parts) {
    }

    /** What adding a part led to. */
    sealed interface Added {
    }

    /** The message still lacks parts; this one is kept. */
    record Pending() implements Added {
    }

    /** All parts are here, in order, and are no longer kept. */
    record Complete(List<Part> parts) implements Added {
    }

    /** The buffer is full; the part was not kept. */
    record Full() implements Added {
    }

    private static final class Waiting {
        final long since;
        final Map<Integer, Part> parts = new TreeMap<>();

        Waiting(long since) {
            this.since = since;
        }
    }

    private final Map<Key, Waiting> waiting = new ConcurrentHashMap<>();
    private final AtomicInteger held = new AtomicInteger();
    private final int capacity;
    private final long timeoutNanos;
    private final LongSupplier ticker;

    Reassembly(int capacity, long timeoutNanos, LongSupplier ticker) {
        this.capacity = capacity;
        this.timeoutNanos = timeoutNanos;
        this.ticker = ticker;
    }

    Added add(Key key, Part part) {
        Added[] result = new Added[1];
        waiting.compute(key, (k, w) -> {
            Waiting group = w == null ? new Waiting(ticker.getAsLong()) : w;
            boolean replaces = group.parts.containsKey(part.number());
            if (!replaces && held.get() >= capacity) {
                result[0] = new Full();
                return w;
            }
            if (!replaces) {
                held.incrementAndGet();
            }
            group.parts.put(part.number(), part);
            if (group.parts.size() == k.total()) {
                held.addAndGet(-group.parts.size());
                result[0] = new Complete(List.copyOf(group.parts.values()));
                return null;
            }
            result[0] = new Pending();
            return group;
        });
        return result[0];
    }

    /** Removes and returns the messages that waited longer than the timeout, each with the parts it has. */
    List<Expired> expired() {
        long now = ticker.getAsLong();
        List<Expired> out = new ArrayList<>();
        for (Key key : List.copyOf(waiting.keySet())) {
            waiting.computeIfPresent(key, (k, group) -> {
                if (now - group.since < timeoutNanos) {
                    return group;
                }
                held.addAndGet(-group.parts.size());
                out.add(new Expired(k, List.copyOf(group.parts.values())));
                return null;
            });
        }
        return out;
    }

    /** Parts held now. */
    int held() {
        return held.get();
    }

    /** The text octets of parts in order. */
    static byte[] joined(List<Part> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        parts.stream().sorted(Comparator.comparingInt(Part::number)).forEach(p -> out.writeBytes(p.text()));
        return out.toByteArray();
    }
}
