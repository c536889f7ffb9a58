package org.quietline.screening;

import java.util.Map;
import java.util.Set;

/**
 * The signals one check declares, with their indexes in the compiled policy. A check reports a signal by
 * its name, usually the very string constant it declared: that is found by reference among its few
 * signals, without hashing the name (this lookup runs for every finding of every screening); any other
 * string is looked up by value. Immutable, thread-safe.
 */
final class Declared {

    private final String[] names;
    private final int[] indexes;
    private final boolean[] bySignal;
    private final Map<String, Integer> index;

    Declared(Set<String> signals, Map<String, Integer> index, int size) {
        this.names = signals.toArray(String[]::new);
        this.indexes = new int[names.length];
        this.bySignal = new boolean[size];
        this.index = index;
        for (int k = 0; k < names.length; k++) {
            indexes[k] = index.get(names[k]);
            bySignal[indexes[k]] = true;
        }
    }

    /** The index of {@code signal} when the check declared it; -1 when it did not. */
    int indexOf(String signal) {
        for (int k = 0; k < names.length; k++) {
            if (names[k] == signal) {
                return indexes[k];
            }
        }
        Integer i = index.get(signal);
        return i != null && bySignal[i] ? i : -1;
    }
}
