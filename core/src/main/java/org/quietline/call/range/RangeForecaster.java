package org.quietline.call.range;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Quietline's range forecast: which blocks of numbers will produce numbers not reported yet, learned
 * from where the reports cluster. Every prefix length from /10 up to /10000 (by default) competes:
 * <ol>
 *   <li>each range gets a score — its reported numbers, weighted by recency and capped per reporter
 *       ({@link LevelScores});</li>
 *   <li>a Poisson model per prefix length turns the range's own score and its parent's into an expected
 *       count of new numbers; it is fitted on every run by a back-test inside the reports themselves
 *       (scores as of {@code calibration} before the as-of date against the numbers first reported since),
 *       so it adapts to the data without tuning on what it will be judged on;</li>
 *   <li>a knapsack picks ranges by expected new numbers per covered number until the budget is spent
 *       ({@link RangeKnapsack}).</li>
 * </ol>
 * A range needs {@code minReporters} distinct reporters, and one reporter adds at most
 * {@code reporterCap} to its score, so one reporter cannot flag a range (ADR 0041). Immutable and
 * thread-safe.
 */
public final class RangeForecaster implements RangeRule {

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
        int back = now - (int) settings.calibration().toDays();
        double tau = settings.memory().toDays();
        double cap = settings.reporterCap();
        double scale = (double) settings.horizon().toDays() / settings.calibration().toDays();
        NumberHistory history = NumberHistory.of(reports, now);
        NumberHistory earlier = NumberHistory.of(reports, back);
        int finest = plan.nationalLength() - 1;
        int coarsest = Math.max(2, plan.nationalLength() - settings.levels());
        RangeKnapsack knapsack = new RangeKnapsack(plan);
        LevelScores parentNow = LevelScores.of(history, plan, coarsest - 1, now, tau, cap);
        LevelScores parentThen = LevelScores.of(earlier, plan, coarsest - 1, back, tau, cap);
        for (int digits = coarsest; digits <= finest; digits++) {
            LevelScores levelNow = LevelScores.of(history, plan, digits, now, tau, cap);
            LevelScores levelThen = LevelScores.of(earlier, plan, digits, back, tau, cap);
            double[] b = calibrate(history, plan, levelThen, parentThen, back);
            for (int i = 0; i < levelNow.size; i++) {
                if (levelNow.reporters[i] >= settings.minReporters()) {
                    double[] x = features(levelNow.scores[i], parentNow.score(levelNow.prefixes[i] / 10));
                    knapsack.offer(levelNow.prefixes[i], digits, Math.exp(PoissonFit.dot(b, x)) * scale);
                }
            }
            parentNow = levelNow;
            parentThen = levelThen;
        }
        List<FlaggedRange> chosen = knapsack.choose(budget);
        return FlaggedRanges.of(plan, chosen);
    }

    /** Fits the model of one prefix length: scores as of {@code back} against numbers first reported since. */
    private double[] calibrate(NumberHistory history, NumberPlan plan, LevelScores then, LevelScores parentThen, int back) {
        double[] target = LevelScores.newNumbers(history, plan, then, back);
        int n = 0;
        for (int i = 0; i < then.size; i++) {
            if (then.reporters[i] >= settings.minReporters()) {
                n++;
            }
        }
        double[][] x = new double[n][];
        double[] y = new double[n];
        int row = 0;
        for (int i = 0; i < then.size; i++) {
            if (then.reporters[i] >= settings.minReporters()) {
                x[row] = features(then.scores[i], parentThen.score(then.prefixes[i] / 10));
                y[row++] = target[i];
            }
        }
        // without enough history to learn from: expected new numbers grow with the range's own score
        double[] fallback = {Math.log(0.1), 1, 0};
        return PoissonFit.fit(x, y, fallback);
    }

    private static double[] features(double own, double parent) {
        return new double[] {1, Math.log(Math.max(own, 1e-9)), Math.log(Math.max(parent, own) + 1e-9)};
    }
}
