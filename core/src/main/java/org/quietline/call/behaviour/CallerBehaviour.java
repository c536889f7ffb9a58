package org.quietline.call.behaviour;

import java.time.Duration;

/**
 * How a number has been calling within the book's window: the features a check judges robocallers and
 * legitimate high-volume callers by. Immutable.
 *
 * @param calls           calls made
 * @param distinctCallees different numbers called (exact up to the book's cap, then the cap)
 * @param answered        calls picked up
 * @param shortCalls      answered calls shorter than the book's short-call limit
 * @param answeredSeconds total talk time of the answered calls
 * @param activeHours     the hours in which it called (at least 1 when it called at all)
 */
public record CallerBehaviour(int calls, int distinctCallees, int answered, int shortCalls, long answeredSeconds,
                              int activeHours) {

    /** No calls seen. */
    public static final CallerBehaviour NONE = new CallerBehaviour(0, 0, 0, 0, 0, 0);

    /** Calls per active hour. */
    public double callsPerHour() {
        return activeHours == 0 ? 0 : (double) calls / activeHours;
    }

    /** Share of calls picked up. */
    public double answerRate() {
        return calls == 0 ? 0 : (double) answered / calls;
    }

    /** Share of answered calls that were short (hung up at once: a robocall or an unwanted sales pitch). */
    public double shortCallShare() {
        return answered == 0 ? 0 : (double) shortCalls / answered;
    }

    /** Mean talk time of the answered calls. */
    public Duration meanTalk() {
        return answered == 0 ? Duration.ZERO : Duration.ofSeconds(answeredSeconds / answered);
    }
}
