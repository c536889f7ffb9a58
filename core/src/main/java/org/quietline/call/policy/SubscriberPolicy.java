package org.quietline.call.policy;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.quietline.call.CallLabel;
import org.quietline.call.NumberPattern;
import org.quietline.number.PhoneNumber;
import org.quietline.number.Sender;

/**
 * One subscriber's own rules for calls: which kinds of caller to block or only label, which numbers and
 * ranges to block, whom to always let through, when to be left alone, and whether a guardian protects the
 * number (strict mode). The engine's policy weighs what the subscriber-policy check reports from this;
 * the subscriber's explicit words are forced actions there. Immutable: every change makes a new policy
 * with a higher version.
 *
 * @param subscriber the number the rules protect
 * @param block      kinds of caller to block (by what reporters labelled the number or its campaign)
 * @param label      kinds of caller to let ring with a label
 * @param blocked    numbers and ranges to block (wildcards allowed)
 * @param allowed    numbers and ranges to always let through (contacts, the courier)
 * @param quiet      when only allowed numbers ring through
 * @param guarded    strict mode: a guardian manages this number; any suspicious unknown caller is blocked
 * @param version    increases with every change
 */
public record SubscriberPolicy(PhoneNumber subscriber, Set<CallLabel> block, Set<CallLabel> label,
                               List<NumberPattern> blocked, List<NumberPattern> allowed, List<QuietHours> quiet,
                               boolean guarded, long version) {

    /** At most this many patterns per list, so that a policy stays small enough to check on every call. */
    public static final int MAX_PATTERNS = 500;

    /** Copies and validates. */
    public SubscriberPolicy {
        Objects.requireNonNull(subscriber, "subscriber");
        block = block.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(block));
        label = label.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(label));
        blocked = List.copyOf(blocked);
        allowed = List.copyOf(allowed);
        quiet = List.copyOf(quiet);
        if (blocked.size() > MAX_PATTERNS || allowed.size() > MAX_PATTERNS) {
            throw new IllegalArgumentException("at most " + MAX_PATTERNS + " blocked and " + MAX_PATTERNS + " allowed patterns");
        }
    }

    /** Nothing of the subscriber's own: the platform's policy alone decides. */
    public static SubscriberPolicy none(PhoneNumber subscriber) {
        return new SubscriberPolicy(subscriber, Set.of(), Set.of(), List.of(), List.of(), List.of(), false, 0);
    }

    /**
     * The strict defaults of guardian mode, for an elderly relative: every unwanted kind blocked (sales,
     * renovation, real estate, loans, harassment, fraud), couriers and deliveries labelled, and quiet from
     * 21:00 to 08:00 in {@code zone} for everyone not allowed.
     */
    public static SubscriberPolicy strict(PhoneNumber subscriber, ZoneId zone) {
        Set<CallLabel> unwanted = EnumSet.noneOf(CallLabel.class);
        for (CallLabel l : CallLabel.values()) {
            if (l.unwanted()) {
                unwanted.add(l);
            }
        }
        return new SubscriberPolicy(subscriber, unwanted, EnumSet.of(CallLabel.COURIER, CallLabel.FOOD_DELIVERY),
                List.of(), List.of(), List.of(new QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0), zone)), true, 1);
    }

    /** The first allowed pattern {@code caller} matches, if any. */
    public java.util.Optional<NumberPattern> allowing(Sender caller) {
        return allowed.stream().filter(p -> p.matches(caller)).findFirst();
    }

    /** The first blocked pattern {@code caller} matches, if any. */
    public java.util.Optional<NumberPattern> blocking(Sender caller) {
        return blocked.stream().filter(p -> p.matches(caller)).findFirst();
    }

    /** With {@code pattern} allowed (and no longer blocked), one version later. */
    public SubscriberPolicy allow(NumberPattern pattern) {
        List<NumberPattern> a = new ArrayList<>(allowed);
        if (!a.contains(pattern)) {
            a.add(pattern);
        }
        List<NumberPattern> b = new ArrayList<>(blocked);
        b.remove(pattern);
        return new SubscriberPolicy(subscriber, block, label, b, a, quiet, guarded, version + 1);
    }

    /** With {@code pattern} blocked (and no longer allowed), one version later. */
    public SubscriberPolicy blockPattern(NumberPattern pattern) {
        List<NumberPattern> b = new ArrayList<>(blocked);
        if (!b.contains(pattern)) {
            b.add(pattern);
        }
        List<NumberPattern> a = new ArrayList<>(allowed);
        a.remove(pattern);
        return new SubscriberPolicy(subscriber, block, label, b, a, quiet, guarded, version + 1);
    }

    /** With other kinds blocked and labelled, one version later. */
    public SubscriberPolicy categories(Set<CallLabel> blockKinds, Set<CallLabel> labelKinds) {
        return new SubscriberPolicy(subscriber, blockKinds, labelKinds, blocked, allowed, quiet, guarded, version + 1);
    }

    /** With other quiet hours, one version later. */
    public SubscriberPolicy quietHours(List<QuietHours> hours) {
        return new SubscriberPolicy(subscriber, block, label, blocked, allowed, hours, guarded, version + 1);
    }

    /** Masked. */
    @Override
    public String toString() {
        return "SubscriberPolicy[" + subscriber.masked() + " v" + version + (guarded ? ", guarded" : "") + ", block " + block
                + ", " + blocked.size() + " blocked, " + allowed.size() + " allowed]";
    }
}
