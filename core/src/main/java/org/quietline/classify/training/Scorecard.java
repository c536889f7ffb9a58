package org.quietline.classify.training;

import java.util.Optional;
import org.quietline.classify.Category;
import org.quietline.classify.Classification;

/**
 * The figures of an evaluation: spam/ham counts (accuracy, MCC, spam F1, the share of wanted messages that
 * would be blocked, verification codes among the ham that get through) and a confusion matrix of categories
 * for the messages whose category is known. A message counts as blocked when its spam score reaches the
 * threshold. Mutable and not thread-safe: one evaluation fills one scorecard.
 */
public final class Scorecard {

    private static final Category[] CATEGORIES = Category.values();

    private final double threshold;
    private long truePositives;
    private long falsePositives;
    private long trueNegatives;
    private long falseNegatives;
    private long codes;
    private long codesDelivered;
    private final long[][] confusion = new long[CATEGORIES.length][CATEGORIES.length];

    /** An empty scorecard that blocks at spam scores of {@code threshold} and above. */
    public Scorecard(double threshold) {
        this.threshold = threshold;
    }

    /** Counts one message: what it is, and what the classifier made of it. */
    public void add(boolean spam, Optional<Category> category, Classification predicted) {
        boolean blocked = predicted.spamAt(threshold);
        if (spam) {
            if (blocked) {
                truePositives++;
            } else {
                falseNegatives++;
            }
        } else if (blocked) {
            falsePositives++;
        } else {
            trueNegatives++;
        }
        if (!spam && category.orElse(null) == Category.VERIFICATION_CODE) {
            codes++;
            codesDelivered += blocked ? 0 : 1;
        }
        category.ifPresent(c -> addCategory(c, predicted.category()));
    }

    /** Counts one message of category {@code actual} that was given {@code predicted}, in the confusion matrix only. */
    public void addCategory(Category actual, Category predicted) {
        confusion[actual.ordinal()][predicted.ordinal()]++;
    }

    /** Messages counted. */
    public long total() {
        return truePositives + falsePositives + trueNegatives + falseNegatives;
    }

    /** Ham messages counted. */
    public long ham() {
        return falsePositives + trueNegatives;
    }

    /** Spam messages counted. */
    public long spam() {
        return truePositives + falseNegatives;
    }

    /** Ham messages whose spam score reached the threshold. */
    public long blockedHam() {
        return falsePositives;
    }

    /** Share of messages whose spam/ham verdict matches the label. */
    public double accuracy() {
        return ratio(truePositives + trueNegatives, total());
    }

    /** Matthews correlation coefficient of the spam verdict: 1 perfect, 0 chance, robust to imbalance. */
    public double mcc() {
        double tp = truePositives;
        double tn = trueNegatives;
        double fp = falsePositives;
        double fn = falseNegatives;
        double denominator = Math.sqrt((tp + fp) * (tp + fn) * (tn + fp) * (tn + fn));
        return denominator == 0 ? 0 : (tp * tn - fp * fn) / denominator;
    }

    /** F1 of the spam class. */
    public double spamF1() {
        return ratio(2 * truePositives, 2 * truePositives + falsePositives + falseNegatives);
    }

    /** Share of ham messages that would be blocked. */
    public double blockedHamRate() {
        return ratio(falsePositives, ham());
    }

    /** Ham messages whose derived category is a verification code. */
    public long codes() {
        return codes;
    }

    /** Of {@link #codes()}, those that would be delivered. */
    public long codesDelivered() {
        return codesDelivered;
    }

    /** Messages of category {@code actual} that were classified as {@code predicted}. */
    public long confusion(Category actual, Category predicted) {
        return confusion[actual.ordinal()][predicted.ordinal()];
    }

    /** Share of the messages with a known category that got that category. */
    public double categoryAccuracy() {
        long right = 0;
        for (int c = 0; c < CATEGORIES.length; c++) {
            right += confusion[c][c];
        }
        return ratio(right, categoryCount());
    }

    /** Messages counted in the confusion matrix. */
    public long categoryCount() {
        long all = 0;
        for (long[] row : confusion) {
            for (long cell : row) {
                all += cell;
            }
        }
        return all;
    }

    /** The confusion matrix as a text table, actual categories down, predicted across. */
    public String confusionTable() {
        StringBuilder out = new StringBuilder(String.format("%-18s", "actual \\ predicted"));
        for (Category c : CATEGORIES) {
            out.append(String.format("%8.8s", shortName(c)));
        }
        out.append('\n');
        for (Category a : CATEGORIES) {
            out.append(String.format("%-18s", a));
            for (Category p : CATEGORIES) {
                out.append(String.format("%8d", confusion(a, p)));
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String shortName(Category c) {
        return switch (c) {
            case VERIFICATION_CODE -> "CODE";
            case NOTIFICATION -> "NOTICE";
            case MARKETING -> "MARKET";
            case FRAUD -> "FRAUD";
            case PERSONAL -> "PERSON";
        };
    }

    private static double ratio(double numerator, double denominator) {
        return denominator == 0 ? 0 : numerator / denominator;
    }
}
