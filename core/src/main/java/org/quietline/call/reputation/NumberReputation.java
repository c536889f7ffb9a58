package org.quietline.call.reputation;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.quietline.call.CallLabel;
import org.quietline.number.PhoneNumber;

/**
 * What subscribers have said about one number: how many distinct people reported it and with which
 * labels, a recency- and reporter-weighted score, and the caller label a subscriber is shown
 * ("被 312 人标记为装修推销"). Immutable.
 *
 * @param number        the number
 * @param reporters     distinct reporters of any unwanted label
 * @param vouches       distinct reporters who said it is not spam
 * @param score         unwanted reports, each weighted by recency and by its reporter's weight, minus vouches
 * @param labels        distinct reporters per label (including couriers, food delivery and vouches)
 * @param firstReported the earliest report, if any
 * @param lastReported  the latest report, if any
 */
public record NumberReputation(PhoneNumber number, int reporters, int vouches, double score,
                               Map<CallLabel, Integer> labels, Optional<Instant> firstReported,
                               Optional<Instant> lastReported) {

    /** Copies the map; rejects nulls. */
    public NumberReputation {
        Objects.requireNonNull(number, "number");
        labels = labels.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(labels));
        Objects.requireNonNull(firstReported, "firstReported");
        Objects.requireNonNull(lastReported, "lastReported");
    }

    /** Nobody has said anything about {@code number}. */
    public static NumberReputation unknown(PhoneNumber number) {
        return new NumberReputation(number, 0, 0, 0, Map.of(), Optional.empty(), Optional.empty());
    }

    /** Whether anyone has reported it. */
    public boolean isKnown() {
        return !labels.isEmpty();
    }

    /**
     * The label most reporters gave (unwanted labels, couriers and food delivery; not vouches); at equal
     * counts the one declared first in {@link CallLabel}.
     */
    public Optional<CallLabel> topLabel() {
        CallLabel best = null;
        int most = 0;
        for (CallLabel l : CallLabel.values()) {
            int n = labels.getOrDefault(l, 0);
            if (l != CallLabel.NOT_SPAM && n > most) {
                best = l;
                most = n;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The caller label: {@code 被 312 人标记为装修推销}; empty when nobody reported it. */
    public Optional<String> callerLabel() {
        return topLabel().map(l -> "被 " + labels.get(l) + " 人标记为" + l.phrase());
    }

    /** Masked. */
    @Override
    public String toString() {
        return "NumberReputation[" + number.masked() + ", " + reporters + " reporters, score " + score + "]";
    }
}
