package org.quietline.screening;

/**
 * A source of nanosecond readings for measuring how long a check ran against its budget. Only
 * differences between readings mean anything. Injected so that tests can make a check "overrun"
 * without sleeping. Implementations are thread-safe.
 */
@FunctionalInterface
public interface Ticker {

    /** The current reading in nanoseconds. */
    long read();

    /** The JVM's monotonic clock. */
    static Ticker system() {
        return System::nanoTime;
    }
}
