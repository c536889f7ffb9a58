package org.quietline.call.range;

/**
 * What the forecast knows about a range as of one day: the measures ({@link LevelScores}) of every prefix
 * length from the area ({@link NumberPlan#AREA_DIGITS} digits) down to the finest, and from them one
 * feature row per candidate range. The features are {@code ln(1 + x)} of
 * <ol>
 *   <li>the range's numbers decayed fast (τ = memory / 2), and slowly (τ = 2 × memory): recent heat and
 *       lasting activity;</li>
 *   <li>its numbers first reported within the recent window: a campaign that is starting now;</li>
 *   <li>the parent's and the grandparent's numbers (τ = memory): rotation spreads over neighbouring blocks;</li>
 *   <li>the area's numbers (τ = memory): how busy callers are in that area code at all;</li>
 *   <li>its numbers reported by people of the same area, and the area's: neighbour spoofing, where a
 *       caller shows a number of the victim's own area code and exchange, picked anew for each call.</li>
 * </ol>
 * Immutable after construction.
 */
final class RangeFeatures {

    /** The length of a feature row, the constant 1 included. */
    static final int WIDTH = 9;
    /** The position of the slowly decayed count in a row (the fallback model grows with it). */
    static final int LONG_FEATURE = 2;

    private final NumberPlan plan;
    private final LevelScores[] levels;
    private final int area;

    private RangeFeatures(NumberPlan plan, LevelScores[] levels, int area) {
        this.plan = plan;
        this.levels = levels;
        this.area = area;
    }

    /** The measures of {@code history} at every prefix length from the area to {@code finest} digits. */
    static RangeFeatures of(NumberHistory history, NumberPlan plan, int finest, LevelScores.Weights weights) {
        int area = Math.min(NumberPlan.AREA_DIGITS, finest);
        LevelScores[] levels = new LevelScores[finest + 1];
        double[] numberWeights = LevelScores.numberWeights(history, weights);
        for (int digits = area; digits <= finest; digits++) {
            levels[digits] = LevelScores.of(history, plan, digits, weights.cap(), numberWeights);
        }
        return new RangeFeatures(plan, levels, area);
    }

    /** The ranges of {@code digits} digits that hold reported numbers. */
    LevelScores level(int digits) {
        return levels[digits];
    }

    /** The feature row of the range at position {@code i} of {@code level(digits)}. */
    double[] row(int digits, int i) {
        LevelScores own = levels[digits];
        long prefix = own.prefixes[i];
        LevelScores parent = levels[Math.max(area, digits - 1)];
        LevelScores grandparent = levels[Math.max(area, digits - 2)];
        LevelScores region = levels[area];
        long areaPrefix = prefix / NumberPlan.pow10(digits - area);
        return new double[] {
            1,
            Math.log1p(own.measures[LevelScores.SHORT][i]),
            Math.log1p(own.measures[LevelScores.LONG][i]),
            Math.log1p(own.measures[LevelScores.RECENT][i]),
            Math.log1p(parent.measure(LevelScores.MEMORY, prefix / NumberPlan.pow10(digits - parent.digits))),
            Math.log1p(grandparent.measure(LevelScores.MEMORY, prefix / NumberPlan.pow10(digits - grandparent.digits))),
            Math.log1p(region.measure(LevelScores.MEMORY, areaPrefix)),
            Math.log1p(own.measures[LevelScores.LOCAL][i]),
            Math.log1p(region.measure(LevelScores.LOCAL, areaPrefix)),
        };
    }

    /** The plan the ranges belong to. */
    NumberPlan plan() {
        return plan;
    }
}
