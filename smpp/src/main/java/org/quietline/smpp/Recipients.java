package org.quietline.smpp;

import org.quietline.number.PhoneNumber;

/**
 * Parsed recipients, remembered by the destination_addr they came as. Parsing with libphonenumber costs more
 * than the rest of a submit's own work, and the same subscribers get message after message.
 *
 * <p>A remembered recipient lives as long as the firewall does, so the table is built for the collector
 * (ADR 0087): addresses of digits (an optional {@code +} and up to 17 digits, as MSISDNs come) are packed into a
 * {@code long} and kept in primitive arrays beside the numbers; a hit reads arrays and writes nothing the
 * collector must trace, and only a miss stores a reference. Other addresses are parsed every time. Sets of
 * {@value #WAYS} slots (fewer overflow at a given fill than with 8: a full set loses numbers the table has room
 * for), each with a second-chance clock: a number used since the hand last passed stays, a
 * number never asked for again goes first. Only valid numbers are remembered. Thread-safe: one lock around the
 * arrays, never held while parsing (a race at worst parses a number twice).
 */
final class Recipients {

    private static final int WAYS = 16;

    private final int sets;
    private final long[] keys;
    private final PhoneNumber[] numbers;
    private final boolean[] used;
    private final byte[] hands;

    /** Keeps at most {@code capacity} numbers (rounded up to a multiple of {@value #WAYS}). */
    Recipients(int capacity) {
        this.sets = Math.max(1, (capacity + WAYS - 1) / WAYS);
        this.keys = new long[sets * WAYS];
        this.numbers = new PhoneNumber[sets * WAYS];
        this.used = new boolean[sets * WAYS];
        this.hands = new byte[sets];
    }

    /**
     * The recipient written as {@code address}.
     *
     * @throws org.quietline.number.InvalidNumberException when it is not a number in use
     */
    PhoneNumber parse(String address) {
        long key = packed(address);
        if (key == 0) {
            return PhoneNumber.parse(address);
        }
        int first = Math.floorMod(Long.hashCode(key * 0x9E37_79B9_7F4A_7C15L), sets) * WAYS;
        synchronized (this) {
            for (int i = first; i < first + WAYS; i++) {
                if (keys[i] == key) {
                    used[i] = true;
                    return numbers[i];
                }
            }
        }
        PhoneNumber number = PhoneNumber.parse(address);
        synchronized (this) {
            remember(first, key, number);
        }
        return number;
    }

    /** Puts the number in the first slot of its set, from the hand on, not used since the hand last passed it. */
    private void remember(int first, long key, PhoneNumber number) {
        for (int i = first; i < first + WAYS; i++) {
            if (keys[i] == key) {
                return; // another thread parsed it meanwhile
            }
        }
        int set = first / WAYS;
        int hand = hands[set];
        while (used[first + hand]) {
            used[first + hand] = false;
            hand = (hand + 1) % WAYS;
        }
        keys[first + hand] = key;
        numbers[first + hand] = number;
        hands[set] = (byte) ((hand + 1) % WAYS);
    }

    /** How many numbers are remembered. */
    synchronized int size() {
        int n = 0;
        for (long k : keys) {
            n += k != 0 ? 1 : 0;
        }
        return n;
    }

    /**
     * {@code address} as a non-zero long when it is an optional {@code +} and 1–17 ASCII digits, else 0. Different
     * addresses give different longs: the {@code +} and the number of digits are part of it, so "086…" is not
     * "86…" and "+86…" is not "86…" (they may parse alike, but are remembered apart).
     */
    static long packed(String address) {
        int n = address.length();
        boolean plus = n > 0 && address.charAt(0) == '+';
        int digits = plus ? n - 1 : n;
        if (digits < 1 || digits > 17) {
            return 0;
        }
        long value = 0;
        for (int i = plus ? 1 : 0; i < n; i++) {
            char c = address.charAt(i);
            if (c < '0' || c > '9') {
                return 0;
            }
            value = value * 10 + (c - '0');
        }
        return (plus ? 1L << 62 : 0) | ((long) digits << 57) | value;
    }
}
