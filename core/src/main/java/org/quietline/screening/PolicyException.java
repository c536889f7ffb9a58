package org.quietline.screening;

import java.io.Serial;
import java.util.Objects;

/**
 * A policy that cannot be used: a key that is unknown or missing, a value of the wrong kind or out of
 * range, thresholds out of order, a signal that a check reports but the policy does not define. The
 * message names the key (as a path such as {@code signals.MISSING_SIGNATURE.weight}) and the bad value,
 * so an operator can fix the file without reading code. Policies hold no subscriber data, so the value
 * may be shown.
 */
public final class PolicyException extends IllegalArgumentException {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final int MAX_VALUE = 60;

    private final String key;
    private final String value;

    /**
     * @param key     the path of the offending key, {@code checks.rate.recipient.limit}
     * @param value   the offending value, or null when the key is missing
     * @param problem what is wrong, in words
     */
    public PolicyException(String key, Object value, String problem) {
        super(message(key, value, problem));
        this.key = Objects.requireNonNull(key, "key");
        this.value = value == null ? "" : shorten(String.valueOf(value));
    }

    /** The path of the offending key. */
    public String key() {
        return key;
    }

    /** The offending value as written (shortened), empty when the key was missing. */
    public String value() {
        return value;
    }

    private static String message(String key, Object value, String problem) {
        String where = key.isEmpty() ? "policy" : key;
        return value == null ? where + ": " + problem : where + ": '" + shorten(String.valueOf(value)) + "' " + problem;
    }

    private static String shorten(String s) {
        return s.length() <= MAX_VALUE ? s : s.substring(0, MAX_VALUE) + "…";
    }
}
