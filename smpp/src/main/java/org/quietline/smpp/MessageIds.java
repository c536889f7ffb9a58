package org.quietline.smpp;

import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The firewall's own message ids and their mapping to the SMSC's, so that a receipt finds the ESME that
 * submitted and carries the id that ESME knows. Ids are 16 hexadecimal digits: a random start per process
 * plus a counter, so ids of a restarted firewall do not repeat earlier ones.
 *
 * <p>Bounded: beyond {@code capacity} mappings the oldest are forgotten (their receipts are then dropped
 * and counted). Held in memory only; see docs/smpp.md. Thread-safe.
 */
final class MessageIds {

    /** Where a receipt goes: the platform and the id its ESME was given. */
    record Route(String systemId, String ourId) {
    }

    private static final HexFormat HEX = HexFormat.of();

    private final AtomicLong next;
    private final SmscIdForm form;
    private final ConcurrentHashMap<String, Route> bySmscKey = new ConcurrentHashMap<>();
    private final ArrayBlockingQueue<String> age;

    MessageIds(long seed, SmscIdForm form, int capacity) {
        this.next = new AtomicLong(seed);
        this.form = form;
        this.age = new ArrayBlockingQueue<>(capacity);
    }

    /** A fresh id of ours. */
    String next() {
        // HexFormat rather than String.format: this runs on every submit
        return HEX.toHexDigits(next.getAndIncrement());
    }

    /** Remembers that the SMSC knows our message {@code route} as {@code smscId}. */
    void remember(String smscId, Route route) {
        String key = form.keyOfResponseId(smscId);
        while (!age.offer(key)) {
            String oldest = age.poll();
            if (oldest != null) {
                bySmscKey.remove(oldest);
            }
        }
        bySmscKey.put(key, route);
    }

    /** Where the receipt for the SMSC's {@code receiptId} goes. */
    Optional<Route> routeOf(String receiptId) {
        return Optional.ofNullable(bySmscKey.get(form.keyOfReceiptId(receiptId)));
    }

    int size() {
        return bySmscKey.size();
    }
}
