package org.quietline.smpp;

import java.util.concurrent.ConcurrentHashMap;
import org.quietline.number.PhoneNumber;

/**
 * Parsed recipients, remembered by the destination_addr they came as. Parsing with libphonenumber is the
 * largest single cost of a submit (tens of microseconds, more than screening; docs/smpp.md), and the same
 * subscribers get message after message. Bounded by two generations: lookups promote from the old one, and
 * when the young one is full it becomes the old one (the previous old one is dropped). Only valid numbers
 * are remembered. Thread-safe; a race at a generation change at worst parses a number twice.
 */
final class Recipients {

    private final int generation;
    private volatile ConcurrentHashMap<String, PhoneNumber> young = new ConcurrentHashMap<>();
    private volatile ConcurrentHashMap<String, PhoneNumber> old = new ConcurrentHashMap<>();

    /** Keeps between {@code capacity / 2} and {@code capacity} numbers. */
    Recipients(int capacity) {
        this.generation = Math.max(1, capacity / 2);
    }

    /**
     * The recipient written as {@code address}.
     *
     * @throws org.quietline.number.InvalidNumberException when it is not a number in use
     */
    PhoneNumber parse(String address) {
        PhoneNumber known = young.get(address);
        if (known != null) {
            return known;
        }
        known = old.get(address);
        PhoneNumber number = known != null ? known : PhoneNumber.parse(address);
        remember(address, number);
        return number;
    }

    private void remember(String address, PhoneNumber number) {
        ConcurrentHashMap<String, PhoneNumber> current = young;
        current.put(address, number);
        if (current.size() > generation) {
            synchronized (this) {
                if (young == current) {
                    old = current;
                    young = new ConcurrentHashMap<>();
                }
            }
        }
    }
}
