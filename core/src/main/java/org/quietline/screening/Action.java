package org.quietline.screening;

/**
 * What happens to a message or call. Declared from the mildest to the harshest; the engine never
 * lets a forced action be softened by scores.
 */
public enum Action {
    /** Deliver (or put the call through). */
    ALLOW,
    /** Deliver with a label the subscriber sees (营销, 疑似诈骗, a caller label). */
    LABEL,
    /** Not now: quiet hours or a frequency cap; the sender may retry later (SMPP: ESME_RTHROTTLED). */
    DEFER,
    /** Keep for review before anything is delivered. */
    HOLD,
    /** Refuse. */
    BLOCK;

    /** Whether this action is harsher than {@code other}. */
    public boolean harsherThan(Action other) {
        return compareTo(other) > 0;
    }
}
