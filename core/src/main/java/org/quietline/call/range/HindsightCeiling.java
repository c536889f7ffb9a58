package org.quietline.call.range;

import java.util.Arrays;

/**
 * How well any choice of ranges could have done, with hindsight: knowing exactly which numbers would be
 * reported for the first time after the split, which ranges of the allowed sizes, covering at most a
 * budget of numbers together and never overlapping, catch the most of them? No forecast can beat this,
 * so it says whether a goal is reachable at all and how much of the reachable a rule gets.
 *
 * <p>The exact answer is a knapsack over a tree of ranges; it is bounded from above by its Lagrangian
 * relaxation: for a price λ per covered number each range is worth its new numbers − λ·size, a range is
 * taken when it is worth more than the best choice inside it, and {@code value(λ) + λ·budget} is at least
 * the optimum for every λ ≥ 0. A bisection on λ gives the bound ({@link Result#bound}) and the best
 * feasible choice met on the way, topped up with the fullest uncovered finest ranges while the budget
 * lasts ({@link Result#reached}). The two differ by the ranges that tie at the last price. Immutable and
 * stateless; each {@link #of} call is independent.
 */
public final class HindsightCeiling {

    private static final int BISECTIONS = 60;

    private final long[][] prefixes;
    private final int[][] counts;
    private final int[][] parent;
    private final long[] sizes;
    private final int newNumbers;

    private HindsightCeiling(long[] numbers, NumberPlan plan, int finest, int coarsest) {
        int levels = finest - coarsest + 1;
        prefixes = new long[levels][];
        counts = new int[levels][];
        parent = new int[levels][];
        sizes = new long[levels];
        newNumbers = numbers.length;
        for (int k = 0; k < levels; k++) {
            sizes[k] = plan.sizeOf(finest - k);
            group(k, numbers);
        }
        for (int k = 0; k + 1 < levels; k++) {
            parent[k] = new int[prefixes[k].length];
            long ratio = sizes[k + 1] / sizes[k];
            for (int i = 0, p = 0; i < prefixes[k].length; i++) {
                while (prefixes[k + 1][p] != prefixes[k][i] / ratio) {
                    p++;
                }
                parent[k][i] = p;
            }
        }
    }

    private void group(int k, long[] numbers) {
        long[] p = new long[numbers.length];
        int[] c = new int[numbers.length];
        int n = 0;
        for (long number : numbers) {
            long prefix = number / sizes[k];
            if (n == 0 || p[n - 1] != prefix) {
                p[n++] = prefix;
            }
            c[n - 1]++;
        }
        prefixes[k] = Arrays.copyOf(p, n);
        counts[k] = Arrays.copyOf(c, n);
    }

    /**
     * The ceiling for the new numbers {@code numbers} (national numbers of {@code plan}, sorted ascending,
     * each once), with ranges of {@code coarsest} to {@code finest} prefix digits, at {@code budget}.
     */
    public static Result of(long[] numbers, NumberPlan plan, int finest, int coarsest, long budget) {
        if (coarsest < 1 || finest < coarsest || finest >= plan.nationalLength()) {
            throw new IllegalArgumentException("range digits must satisfy 1 <= coarsest <= finest < "
                    + plan.nationalLength() + ", were " + coarsest + ".." + finest);
        }
        for (int i = 1; i < numbers.length; i++) {
            if (numbers[i] <= numbers[i - 1]) {
                throw new IllegalArgumentException("new numbers must be sorted and distinct");
            }
        }
        return new HindsightCeiling(numbers, plan, finest, coarsest).solve(budget);
    }

    /**
     * The ceiling at one budget.
     *
     * @param newNumbers the numbers there were to catch
     * @param bound      no choice of ranges catches more than this many
     * @param reached    a choice found catches this many, within the budget
     */
    public record Result(int newNumbers, double bound, int reached) {

        /** The bound as a share of the new numbers. */
        public double boundShare() {
            return newNumbers == 0 ? 0 : Math.min(1, bound / newNumbers);
        }

        /** The reached choice as a share of the new numbers. */
        public double reachedShare() {
            return newNumbers == 0 ? 0 : (double) reached / newNumbers;
        }
    }

    private Result solve(long budget) {
        double low = 0;
        double high = 1;
        double bound = newNumbers;
        boolean[][] best = null;
        int reached = 0;
        for (int i = 0; i < BISECTIONS; i++) {
            double price = (low + high) / 2;
            boolean[][] taken = new boolean[prefixes.length][];
            double[] totals = relax(price, taken);
            bound = Math.min(bound, totals[0] + price * budget);
            if (totals[1] > budget) {
                low = price;
            } else {
                high = price;
                if (best == null || totals[2] > reached) {
                    best = taken;
                    reached = (int) totals[2];
                }
            }
        }
        if (best == null) {
            best = new boolean[prefixes.length][];
            relax(1, best);
        }
        int total = reached + topUp(best, budget);
        return new Result(newNumbers, Math.max(bound, total), total);
    }

    /**
     * The relaxed choice at {@code price}: marks the ranges taken in {@code taken} and returns the relaxed
     * value, the numbers covered and the new numbers caught.
     */
    private double[] relax(double price, boolean[][] taken) {
        double[] value = null;
        long[] cost = null;
        int[] caught = null;
        for (int k = 0; k < prefixes.length; k++) {
            int n = prefixes[k].length;
            double[] v = new double[n];
            long[] c = new long[n];
            int[] h = new int[n];
            if (k > 0) {
                for (int i = 0; i < parent[k - 1].length; i++) {
                    int p = parent[k - 1][i];
                    v[p] += value[i];
                    c[p] += cost[i];
                    h[p] += caught[i];
                }
            }
            taken[k] = new boolean[n];
            for (int i = 0; i < n; i++) {
                double own = counts[k][i] - price * sizes[k];
                if (own > 0 && own > v[i]) {
                    v[i] = own;
                    c[i] = sizes[k];
                    h[i] = counts[k][i];
                    taken[k][i] = true;
                }
            }
            value = v;
            cost = c;
            caught = h;
        }
        return new double[] {Arrays.stream(value).sum(), Arrays.stream(cost).sum(), Arrays.stream(caught).sum()};
    }

    /** Fills what the chosen ranges leave of the budget with the fullest finest ranges outside them. */
    private int topUp(boolean[][] taken, long budget) {
        int top = prefixes.length - 1;
        boolean[][] covered = new boolean[prefixes.length][];
        covered[top] = taken[top].clone();
        long used = 0;
        for (int k = top; k >= 0; k--) {
            if (k < top) {
                covered[k] = new boolean[prefixes[k].length];
                for (int i = 0; i < covered[k].length; i++) {
                    covered[k][i] = taken[k][i] || covered[k + 1][parent[k][i]];
                }
            }
            for (int i = 0; i < taken[k].length; i++) {
                used += taken[k][i] && (k == top || !covered[k + 1][parent[k][i]]) ? sizes[k] : 0;
            }
        }
        Integer[] order = new Integer[prefixes[0].length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Integer.compare(counts[0][b], counts[0][a]));
        int added = 0;
        for (int i : order) {
            if (used + sizes[0] > budget) {
                break;
            }
            if (!covered[0][i]) {
                used += sizes[0];
                added += counts[0][i];
            }
        }
        return added;
    }
}
