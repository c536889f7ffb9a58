package org.quietline.call.range;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Quietline's range forecast: which blocks of numbers will produce numbers not reported yet, learned
 * from where the reports cluster. Every prefix length from /10 up to /10000 (by default) competes:
 * <ol>
 *   <li>each range gets a row of features — its reported numbers at several speeds of decay, its newest
 *       numbers, its parents' and its area's activity, how many were reported from their own area
 *       ({@link RangeFeatures}), each capped per reporter;</li>
 *   <li>a Poisson regression per prefix length turns the row into an expected count of new numbers over
 *       the horizon. It is trained on every run with rolling origins inside the reports themselves: the
 *       features as of each origin ({@code origins} before the as-of day) against the numbers first
 *       reported between that origin and the as-of day. Nothing after the as-of day is read, and the model
 *       adapts to the data at hand (US blocks, Chinese 号段) without settings tuned on what it is judged
 *       on;</li>
 *   <li>each size's expectations are scaled by what its best-ranked ranges delivered at the origins
 *       against what its model expected of them ({@link BudgetCalibration}), so that sizes compete on
 *       what their top ranges bring, where the choice between them is made;</li>
 *   <li>a knapsack picks ranges by expected new numbers per covered number until the budget is spent
 *       ({@link RangeKnapsack}); a range costs every number it covers, assigned or not.</li>
 * </ol>
 * A range needs {@code minReporters} distinct reporters, and one reporter adds at most
 * {@code reporterCap} to any measure of it, so one reporter cannot flag a range (ADR 0041). Immutable and
 * thread-safe.
 */
public final class RangeForecaster implements RangeRule {

    /** Without enough history to learn from: expected new numbers grow with the range's own score. */
    private static final double[] FALLBACK = fallback();

    private final ForecastSettings settings;

    /** A forecaster with {@code settings}. */
    public RangeForecaster(ForecastSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** A forecaster with the shipped defaults. */
    public RangeForecaster() {
        this(ForecastSettings.DEFAULTS);
    }

    @Override
    public String name() {
        return "quietline";
    }

    @Override
    public FlaggedRanges flag(ReportTable reports, LocalDate asOf, long budget) {
        NumberPlan plan = reports.plan();
        int now = (int) asOf.toEpochDay();
        int finest = plan.nationalLength() - 1;
        int coarsest = Math.max(2, plan.nationalLength() - settings.levels());
        NumberHistory history = NumberHistory.of(reports, now);
        RangeFeatures current = RangeFeatures.of(history, plan, finest, weights(now));
        List<Origin> origins = new ArrayList<>();
        for (Duration lag : settings.origins()) {
            int then = now - (int) lag.toDays();
            origins.add(new Origin(then, RangeFeatures.of(NumberHistory.of(reports, then), plan, finest, weights(then))));
        }
        RangeKnapsack knapsack = new RangeKnapsack(plan);
        for (int digits = coarsest; digits <= finest; digits++) {
            Examples examples = examples(history, origins, digits, now);
            double[] b = PoissonFit.fit(examples.x(), examples.y(), FALLBACK);
            double factor = BudgetCalibration.factor(examples.predicted(b), examples.y(), examples.originEnds(),
                    plan.sizeOf(digits), budget);
            LevelScores level = current.level(digits);
            for (int i = 0; i < level.size; i++) {
                if (level.reporters[i] >= settings.minReporters()) {
                    knapsack.offer(level.prefixes[i], digits, factor * Math.exp(PoissonFit.dot(b, current.row(digits, i))));
                }
            }
        }
        return FlaggedRanges.of(plan, knapsack.choose(budget));
    }

    private static double[] fallback() {
        double[] b = new double[RangeFeatures.WIDTH];
        b[0] = Math.log(0.1);
        b[RangeFeatures.LONG_FEATURE] = 1;
        return b;
    }

    private LevelScores.Weights weights(int cutoff) {
        return new LevelScores.Weights(cutoff, settings.memory().toDays(), (int) settings.recent().toDays(),
                settings.reporterCap());
    }

    /** The reports as they stood at an earlier day: a training origin. */
    private record Origin(int day, RangeFeatures features) {
    }

    /**
     * The training examples of one prefix length over every origin: each candidate's features as of the
     * origin against its numbers first reported from then up to {@code now}, scaled to the horizon.
     */
    private Examples examples(NumberHistory history, List<Origin> origins, int digits, int now) {
        List<double[]> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        int[] ends = new int[origins.size()];
        for (int k = 0; k < origins.size(); k++) {
            Origin o = origins.get(k);
            LevelScores then = o.features().level(digits);
            double[] target = LevelScores.newNumbers(history, o.features().plan(), then, o.day());
            double scale = (double) settings.horizon().toDays() / (now - o.day());
            for (int i = 0; i < then.size; i++) {
                if (then.reporters[i] >= settings.minReporters()) {
                    x.add(o.features().row(digits, i));
                    y.add(target[i] * scale);
                }
            }
            ends[k] = y.size();
        }
        return new Examples(x.toArray(double[][]::new), y.stream().mapToDouble(Double::doubleValue).toArray(), ends);
    }

    /** Feature rows and their new numbers; origin {@code k}'s rows end at {@code originEnds[k]}. */
    private record Examples(double[][] x, double[] y, int[] originEnds) {

        /** What the model {@code b} expects of each row. */
        double[] predicted(double[] b) {
            double[] out = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                out[i] = Math.exp(PoissonFit.dot(b, x[i]));
            }
            return out;
        }
    }
}
