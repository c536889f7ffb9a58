package org.quietline.smpp;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
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
 * and counted; with a large capacity, the oldest of a sixteenth of the mappings). A mapping is remembered for every message forwarded, so they are kept in primitive arrays
 * ({@link IdTable}) where the SMSC's id is a short number, as most SMSCs' are (up to 17 decimal or 14
 * hexadecimal digits): no objects for the collector to copy and trace. Other ids go to a map of their own,
 * bounded alike. Held in memory and, when {@link #open} is given a directory, written to an {@link IdJournal}
 * there and read back at the next start, so that receipts outlive a restart (ADR 0105). Thread-safe.
 */
final class MessageIds implements AutoCloseable {

    /** Where a receipt goes: the platform and the id its ESME was given. */
    record Route(String systemId, String ourId) {
    }

    private static final HexFormat HEX = HexFormat.of();
    private static final int DECIMAL = 1;
    private static final int LOWER_HEX = 2;
    private static final int UPPER_HEX = 3;
    /** Stripes of a large table (a power of two: {@link #tableOf} takes the top 4 bits). */
    private static final int STRIPES = 16;
    /**
     * Mappings per stripe below which one table holds them all: a smaller firewall keeps exact age order, a
     * striped one forgets the oldest of a stripe, which holds a sixteenth of the bound.
     */
    private static final int STRIPED_FROM = 4096;

    private final AtomicLong next;
    private final SmscIdForm form;
    /**
     * The packed mappings in stripes, each with its own lock, chosen by the key: the links' readers remember an
     * SMSC answer each, and with one lock a reader that missed the caches in the large table (or lost its core
     * meanwhile) held up the others, for more than 10 ms at times under load (ADR 0096).
     */
    private final IdTable[] tables;
    private final Map<String, Integer> platformIndex = new ConcurrentHashMap<>();
    private final List<String> platforms = new ArrayList<>();
    private final Map<String, Route> others = new ConcurrentHashMap<>();
    private final ArrayBlockingQueue<String> othersAge;
    /** Where mappings are written; null keeps them in memory only. Set once, before any submit is forwarded. */
    private IdJournal journal;

    /**
     * Mappings kept in memory and, with {@code journalDir}, in a journal there: what earlier runs wrote to it is
     * remembered again before this returns.
     *
     * @throws IOException           when the journal cannot be read or written
     * @throws IllegalStateException when another firewall holds the journal
     */
    static MessageIds open(long seed, SmscIdForm form, int capacity, Optional<Path> journalDir) throws IOException {
        MessageIds ids = new MessageIds(seed, form, capacity);
        if (journalDir.isPresent()) {
            ids.journal = IdJournal.open(journalDir.get(), form, capacity, ids.tables.length, ids::platformNames,
                    ids.new Restore());
        }
        return ids;
    }

    MessageIds(long seed, SmscIdForm form, int capacity) {
        this.next = new AtomicLong(seed);
        this.form = form;
        int stripes = capacity >= STRIPES * STRIPED_FROM ? STRIPES : 1;
        this.tables = new IdTable[stripes];
        for (int i = 0; i < stripes; i++) {
            tables[i] = new IdTable((capacity + stripes - 1) / stripes);
        }
        this.othersAge = new ArrayBlockingQueue<>(capacity);
    }

    /** A fresh id of ours. */
    String next() {
        // HexFormat rather than String.format: this runs on every submit
        return HEX.toHexDigits(next.getAndIncrement());
    }

    /** Remembers that the SMSC knows our message {@code route} as {@code smscId}. */
    void remember(String smscId, Route route) {
        long packed = packedResponseId(smscId);
        if (packed != 0 && isOurs(route.ourId())) {
            int platform = platform(route.systemId());
            long ourId = HexFormat.fromHexDigitsToLong(route.ourId());
            put(packed, ourId, platform);
            if (journal != null) {
                journal.packed(stripeOf(packed), packed, ourId, platform);
            }
            return;
        }
        String key = form.keyOfResponseId(smscId);
        putOther(key, route);
        if (journal != null) {
            journal.other(Math.floorMod(key.hashCode(), tables.length), key, platform(route.systemId()), route.ourId());
        }
    }

    private void put(long packed, long ourId, int platform) {
        IdTable table = tableOf(packed);
        synchronized (table) {
            table.put(packed, ourId, platform);
        }
    }

    private void putOther(String key, Route route) {
        while (!othersAge.offer(key)) {
            String oldest = othersAge.poll();
            if (oldest != null) {
                others.remove(oldest);
            }
        }
        others.put(key, route);
    }

    /** Writes what the journal has not written yet and closes it; the mappings in memory stay readable. */
    @Override
    public void close() {
        if (journal != null) {
            journal.close();
        }
    }

    /** Mappings read back from the journal, remembered as they were, without writing them again. */
    private final class Restore implements IdJournal.Replay {

        @Override
        public void packed(long key, long ourId, String systemId) {
            put(key, ourId, platform(systemId));
        }

        @Override
        public void other(String key, String systemId, String ourId) {
            putOther(key, new Route(systemId, ourId));
        }
    }

    /** Where the receipt for the SMSC's {@code receiptId} goes. */
    Optional<Route> routeOf(String receiptId) {
        String key = form.keyOfReceiptId(receiptId);
        long packed = packed(key);
        if (packed != 0) {
            IdTable table = tableOf(packed);
            synchronized (table) {
                int slot = table.slotOf(packed);
                if (slot >= 0) {
                    return Optional.of(new Route(platformName(table.intAt(slot)), HEX.toHexDigits(table.longAt(slot))));
                }
            }
        }
        return Optional.ofNullable(others.get(key));
    }

    int size() {
        int n = others.size();
        for (IdTable table : tables) {
            synchronized (table) {
                n += table.size();
            }
        }
        return n;
    }

    /** The stripe of {@code packed}: the top bits of a multiplicative hash, which the tables' slots do not use. */
    private IdTable tableOf(long packed) {
        return tables[stripeOf(packed)];
    }

    private int stripeOf(long packed) {
        return tables.length == 1 ? 0 : (int) ((packed * 0x9E3779B97F4A7C15L) >>> 60);
    }

    /**
     * {@code id} as a non-zero long when it is up to 17 decimal or 14 hexadecimal digits (one case), else 0.
     * Different ids give different longs: the alphabet and the length are part of it, so "007" is not "7".
     */
    static long packed(String id) {
        int n = id.length();
        if (n == 0 || n > 17) {
            return 0;
        }
        boolean digits = true;
        boolean lower = true;
        boolean upper = true;
        for (int i = 0; i < n; i++) {
            char c = id.charAt(i);
            boolean digit = c >= '0' && c <= '9';
            digits &= digit;
            lower &= digit || (c >= 'a' && c <= 'f');
            upper &= digit || (c >= 'A' && c <= 'F');
        }
        int kind = digits ? DECIMAL : n > 14 ? 0 : lower ? LOWER_HEX : upper ? UPPER_HEX : 0;
        if (kind == 0) {
            return 0;
        }
        long value = kind == DECIMAL ? Long.parseLong(id) : Long.parseUnsignedLong(id, 16);
        return ((long) kind << 62) | ((long) n << 57) | value;
    }

    /**
     * {@code packed(form.keyOfResponseId(smscId))} without making the key: an SMSC that answers in hexadecimal
     * and reports receipts in decimal would otherwise cost a decimal string per forward, parsed straight back.
     */
    long packedResponseId(String smscId) {
        if (form != SmscIdForm.HEX_THEN_DECIMAL) {
            return packed(smscId);
        }
        long value;
        try {
            value = Long.parseUnsignedLong(smscId.strip(), 16);
        } catch (NumberFormatException e) {
            return packed(smscId);
        }
        // as a signed long the value would have 19 or 20 decimal digits: more than a packed id holds
        int digits = value < 0 ? 20 : decimalDigits(value);
        return digits > 17 ? 0 : ((long) DECIMAL << 62) | ((long) digits << 57) | value;
    }

    private static int decimalDigits(long value) {
        int digits = 1;
        for (long v = value / 10; v != 0; v /= 10) {
            digits++;
        }
        return digits;
    }

    /** Our ids are 16 hexadecimal digits (see {@link #next()}); anything else is kept as given. */
    private static boolean isOurs(String id) {
        if (id.length() != 16) {
            return false;
        }
        for (int i = 0; i < 16; i++) {
            char c = id.charAt(i);
            if (!(c >= '0' && c <= '9') && !(c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    private int platform(String systemId) {
        Integer known = platformIndex.get(systemId);
        if (known != null) {
            return known;
        }
        synchronized (platforms) {
            return platformIndex.computeIfAbsent(systemId, id -> {
                platforms.add(id);
                return platforms.size() - 1;
            });
        }
    }

    /** The platforms' system_ids, by index: every index handed out so far. */
    private List<String> platformNames() {
        synchronized (platforms) {
            return List.copyOf(platforms);
        }
    }

    private String platformName(int index) {
        synchronized (platforms) {
            return platforms.get(index);
        }
    }
}
