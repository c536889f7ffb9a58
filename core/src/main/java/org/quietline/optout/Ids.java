package org.quietline.optout;

import java.util.Arrays;

/**
 * Small {@code int} ids for rows of parallel arrays: one given back earlier (last in, first out), else the lowest
 * never handed out, so that the owner grows its arrays only when {@link #take} returns their length.
 * Not thread-safe: its owner guards it.
 */
final class Ids {

    private int[] given = new int[16];
    private int givenCount;
    private int used;

    /** An id not in use. */
    int take() {
        return givenCount > 0 ? given[--givenCount] : used++;
    }

    /** Takes {@code id} back for reuse; it must be in use. */
    void give(int id) {
        if (givenCount == given.length) {
            given = Arrays.copyOf(given, givenCount * 2);
        }
        given[givenCount++] = id;
    }
}
