package org.quietline.call.range;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Chooses ranges of mixed sizes under a budget of numbers: greedy by expected new numbers per covered
 * number, where a range whose sub-ranges were already chosen is worth only what it adds (its remaining
 * numbers and their expected yield), re-queued lazily when that marginal density falls. A range inside a
 * chosen range is skipped; a range chosen after some of its sub-ranges replaces them and takes the place
 * of the first of them, so the output never overlaps and stays ordered by confidence. Not thread-safe;
 * one use.
 */
final class RangeKnapsack {

    private final NumberPlan plan;
    private final List<Candidate> candidates = new ArrayList<>();
    private final Map<Long, double[]> coveredBelow = new HashMap<>();
    private final Map<Long, Integer> chosenAt = new HashMap<>();

    RangeKnapsack(NumberPlan plan) {
        this.plan = plan;
    }

    /** Offers the range {@code prefix} of {@code digits} digits expected to yield {@code expected} new numbers. */
    void offer(long prefix, int digits, double expected) {
        if (expected > 0) {
            candidates.add(new Candidate(prefix, digits, expected, expected / plan.sizeOf(digits)));
        }
    }

    /** The chosen ranges, most confident first, covering at most {@code budget} numbers. */
    List<FlaggedRange> choose(long budget) {
        Candidate[] sorted = candidates.toArray(Candidate[]::new);
        Arrays.sort(sorted, (a, b) -> Double.compare(b.density, a.density));
        PriorityQueue<Candidate> deferred = new PriorityQueue<>((a, b) -> Double.compare(b.marginal, a.marginal));
        List<Candidate> picked = new ArrayList<>();
        long used = 0;
        int next = 0;
        long smallest = Long.MAX_VALUE;
        for (Candidate c : sorted) {
            smallest = Math.min(smallest, plan.sizeOf(c.digits));
        }
        // once no range fits in what is left, the rest of the queue cannot change the choice
        while (budget - used >= smallest && (next < sorted.length || !deferred.isEmpty())) {
            Candidate c = next < sorted.length && (deferred.isEmpty() || sorted[next].density >= deferred.peek().marginal)
                    ? sorted[next++] : deferred.poll();
            if (insideChosen(c)) {
                continue;
            }
            double[] below = coveredBelow.getOrDefault(key(c.prefix, c.digits), new double[2]);
            long size = plan.sizeOf(c.digits) - (long) below[0];
            double gain = c.expected - below[1];
            if (size <= 0 || gain <= 0) {
                continue;
            }
            double marginal = gain / size;
            double best = Math.max(next < sorted.length ? sorted[next].density : 0,
                    deferred.isEmpty() ? 0 : deferred.peek().marginal);
            if (below[0] > 0 && marginal < best && marginal < c.marginal) {
                c.marginal = marginal;
                deferred.add(c);
                continue;
            }
            if (used + size > budget) {
                continue;
            }
            used += size;
            pick(c, size, gain, picked);
        }
        return ordered(picked);
    }

    private void pick(Candidate c, long size, double gain, List<Candidate> picked) {
        c.rank = picked.size();
        c.order = c.rank;
        picked.add(c);
        chosenAt.put(key(c.prefix, c.digits), c.rank);
        for (int d = 1; d < c.digits; d++) {
            double[] acc = coveredBelow.computeIfAbsent(key(c.prefix / NumberPlan.pow10(c.digits - d), d), k -> new double[2]);
            acc[0] += size;
            acc[1] += gain;
        }
    }

    private boolean insideChosen(Candidate c) {
        for (int d = 1; d < c.digits; d++) {
            if (chosenAt.containsKey(key(c.prefix / NumberPlan.pow10(c.digits - d), d))) {
                return true;
            }
        }
        return false;
    }

    /** Drops ranges that a later pick covers, giving the covering range the earliest rank among them. */
    private List<FlaggedRange> ordered(List<Candidate> picked) {
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : picked) {
            Candidate outer = outermostChosen(c, picked);
            if (outer == c) {
                kept.add(c);
            } else {
                outer.order = Math.min(outer.order, c.rank);
            }
        }
        kept.sort((a, b) -> Integer.compare(a.order, b.order));
        List<FlaggedRange> out = new ArrayList<>(kept.size());
        for (Candidate c : kept) {
            out.add(new FlaggedRange(NumberRange.of(plan, c.prefix, c.digits), c.density));
        }
        return out;
    }

    private Candidate outermostChosen(Candidate c, List<Candidate> picked) {
        for (int d = 1; d < c.digits; d++) {
            Integer at = chosenAt.get(key(c.prefix / NumberPlan.pow10(c.digits - d), d));
            if (at != null) {
                return picked.get(at);
            }
        }
        return c;
    }

    private static long key(long prefix, int digits) {
        return prefix << 4 | digits;
    }

    /** A range on offer; {@code marginal}, {@code rank} (pick order) and {@code order} (output) change while choosing. */
    private static final class Candidate {
        final long prefix;
        final int digits;
        final double expected;
        final double density;
        double marginal;
        int rank = -1;
        int order = -1;

        Candidate(long prefix, int digits, double expected, double density) {
            this.prefix = prefix;
            this.digits = digits;
            this.expected = expected;
            this.density = density;
            this.marginal = density;
        }
    }
}
