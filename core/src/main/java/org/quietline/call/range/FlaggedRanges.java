package org.quietline.call.range;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.quietline.number.PhoneNumber;

/**
 * The ranges a rule flags, most confident first, with a fast membership test: per prefix length a sorted
 * array of prefixes, so that a lookup is a handful of binary searches and allocates nothing (it runs on
 * every call). Ranges never overlap. Immutable and thread-safe.
 */
public final class FlaggedRanges {

    private final NumberPlan plan;
    private final List<FlaggedRange> ranges;
    private final long space;
    private final int[] lengths;
    private final long[][] prefixes;
    private final int[][] positions;

    private FlaggedRanges(NumberPlan plan, List<FlaggedRange> ranges) {
        this.plan = plan;
        this.ranges = List.copyOf(ranges);
        long total = 0;
        int[] count = new int[plan.nationalLength() + 1];
        for (FlaggedRange r : ranges) {
            if (!r.range().plan().equals(plan)) {
                throw new IllegalArgumentException("range " + r.range() + " is not of plan " + plan);
            }
            total += r.range().size();
            count[r.range().prefix().length()]++;
        }
        this.space = total;
        this.lengths = java.util.stream.IntStream.range(1, count.length).filter(l -> count[l] > 0).toArray();
        this.prefixes = new long[lengths.length][];
        this.positions = new int[lengths.length][];
        for (int k = 0; k < lengths.length; k++) {
            index(k, lengths[k], count[lengths[k]]);
        }
    }

    private void index(int k, int length, int n) {
        long[] keyed = new long[n];
        int j = 0;
        for (int i = 0; i < ranges.size(); i++) {
            NumberRange r = ranges.get(i).range();
            if (r.prefix().length() == length) {
                // prefix and position packed, so one primitive sort orders both (positions < 2^23)
                keyed[j++] = r.prefixValue() << 23 | i;
            }
        }
        Arrays.sort(keyed);
        prefixes[k] = new long[n];
        positions[k] = new int[n];
        for (int i = 0; i < n; i++) {
            prefixes[k][i] = keyed[i] >>> 23;
            positions[k][i] = (int) (keyed[i] & 0x7FFFFF);
        }
    }

    /**
     * The ranges in the order given (most confident first).
     *
     * @throws IllegalArgumentException when a range is of another plan, or two overlap
     */
    public static FlaggedRanges of(NumberPlan plan, List<FlaggedRange> ranges) {
        Objects.requireNonNull(plan, "plan");
        if (ranges.size() >= 1 << 23) {
            throw new IllegalArgumentException("at most 8,388,607 ranges");
        }
        FlaggedRanges f = new FlaggedRanges(plan, ranges);
        f.requireDisjoint();
        return f;
    }

    /** No range at all. */
    public static FlaggedRanges none(NumberPlan plan) {
        return new FlaggedRanges(plan, List.of());
    }

    private void requireDisjoint() {
        for (FlaggedRange r : ranges) {
            long p = r.range().prefixValue();
            int len = r.range().prefix().length();
            for (int k = 0; k < lengths.length && lengths[k] < len; k++) {
                if (Arrays.binarySearch(prefixes[k], p / NumberPlan.pow10(len - lengths[k])) >= 0) {
                    throw new IllegalArgumentException("range " + r.range() + " lies inside another flagged range");
                }
            }
        }
    }

    /** The plan of every range. */
    public NumberPlan plan() {
        return plan;
    }

    /** Every range, most confident first. */
    public List<FlaggedRange> ranges() {
        return ranges;
    }

    /** How many numbers the ranges cover together. */
    public long space() {
        return space;
    }

    /** Whether a flagged range holds the national number {@code national} of the plan. */
    public boolean covers(long national) {
        return position(national) >= 0;
    }

    /** The flagged range that holds {@code national}, if one does. */
    public Optional<FlaggedRange> covering(long national) {
        int at = position(national);
        return at < 0 ? Optional.empty() : Optional.of(ranges.get(at));
    }

    /** The flagged range that holds {@code number}, if one does; empty for numbers of other plans. */
    public Optional<FlaggedRange> covering(PhoneNumber number) {
        if (number.countryCode() != plan.countryCode() || number.nationalNumber().length() != plan.nationalLength()) {
            return Optional.empty();
        }
        return covering(Long.parseLong(number.nationalNumber()));
    }

    /** The first {@code n} ranges (or all), for a smaller budget. */
    public FlaggedRanges first(int n) {
        return new FlaggedRanges(plan, new ArrayList<>(ranges.subList(0, Math.min(n, ranges.size()))));
    }

    private int position(long national) {
        for (int k = 0; k < lengths.length; k++) {
            int i = Arrays.binarySearch(prefixes[k], national / plan.sizeOf(lengths[k]));
            if (i >= 0) {
                return positions[k][i];
            }
        }
        return -1;
    }

    @Override
    public String toString() {
        return "FlaggedRanges[" + ranges.size() + " ranges, " + space + " numbers]";
    }
}
