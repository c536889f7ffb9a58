package org.quietline.classify.training;

import org.quietline.classify.LinearModel;

/**
 * Logistic regression for the spam output and softmax regression for the category outputs, learned jointly
 * by AdaGrad over sparse hashed features: each weight gets its own step, large for rare features and small
 * for frequent ones. Arithmetic is in {@code double} with {@link StrictMath}, so the same examples in the same
 * order give the same bits on every JVM. Not thread-safe: one training run owns it.
 */
final class AdaGrad {

    private static final int OUTPUTS = LinearModel.OUTPUTS;
    private static final double EPSILON = 1e-8;

    private final int bits;
    private final double learningRate;
    private final double l2;
    private final float[] weights;
    private final float[] squares;
    private final float[] bias = new float[OUTPUTS];
    private final float[] biasSquares = new float[OUTPUTS];
    private final double[] logits = new double[OUTPUTS];
    private final double[] gradient = new double[OUTPUTS];

    AdaGrad(TrainingOptions options) {
        this.bits = options.bits();
        this.learningRate = options.learningRate();
        this.l2 = options.l2();
        this.weights = new float[(1 << bits) * OUTPUTS];
        this.squares = new float[(1 << bits) * OUTPUTS];
    }

    /**
     * One step on one example: {@code category} is the category's ordinal or -1 when unknown (then only the
     * spam output learns), {@code spamWeight} scales the spam loss of this example.
     */
    void learn(int[] features, boolean spam, int category, double spamWeight) {
        learn(features, features, spam, category, spamWeight);
    }

    /**
     * One step on one example whose spam output reads {@code features} and whose category outputs read
     * {@code categoryFeatures} (the same text without its opt-out instruction; the same array when it has none).
     */
    void learn(int[] features, int[] categoryFeatures, boolean spam, int category, double spamWeight) {
        double x = scale(features);
        double xc = scale(categoryFeatures);
        score(features, x, 0, 1);
        score(categoryFeatures, xc, 1, OUTPUTS);
        gradient[0] = (sigmoid(logits[0]) - (spam ? 1 : 0)) * spamWeight;
        softmaxGradient(category);
        update(features, x, 0, 1);
        update(categoryFeatures, xc, 1, OUTPUTS);
        for (int o = 0; o < OUTPUTS; o++) {
            biasSquares[o] += (float) (gradient[o] * gradient[o]);
            bias[o] -= (float) (learningRate * gradient[o] / (Math.sqrt(biasSquares[o]) + EPSILON));
        }
    }

    private static double scale(int[] features) {
        return features.length == 0 ? 0 : 1 / Math.sqrt(features.length);
    }

    /** The logits of outputs {@code [from, to)}. */
    private void score(int[] features, double x, int from, int to) {
        for (int o = from; o < to; o++) {
            logits[o] = 0;
        }
        for (int feature : features) {
            int base = feature * OUTPUTS;
            for (int o = from; o < to; o++) {
                logits[o] += weights[base + o];
            }
        }
        for (int o = from; o < to; o++) {
            logits[o] = bias[o] + logits[o] * x;
        }
    }

    /** Steps the weights of outputs {@code [from, to)} on {@code features} down their gradient. */
    private void update(int[] features, double x, int from, int to) {
        for (int feature : features) {
            int base = feature * OUTPUTS;
            for (int o = from; o < to; o++) {
                if (gradient[o] != 0) {
                    double g = gradient[o] * x + l2 * weights[base + o];
                    squares[base + o] += (float) (g * g);
                    weights[base + o] -= (float) (learningRate * g / (Math.sqrt(squares[base + o]) + EPSILON));
                }
            }
        }
    }

    private void softmaxGradient(int category) {
        if (category < 0) {
            for (int o = 1; o < OUTPUTS; o++) {
                gradient[o] = 0;
            }
            return;
        }
        double max = Double.NEGATIVE_INFINITY;
        for (int o = 1; o < OUTPUTS; o++) {
            max = Math.max(max, logits[o]);
        }
        double sum = 0;
        for (int o = 1; o < OUTPUTS; o++) {
            gradient[o] = StrictMath.exp(logits[o] - max);
            sum += gradient[o];
        }
        for (int o = 1; o < OUTPUTS; o++) {
            gradient[o] = gradient[o] / sum - (o - 1 == category ? 1 : 0);
        }
    }

    private static double sigmoid(double z) {
        return 1 / (1 + StrictMath.exp(-z));
    }

    /** The learned weights, rounded to the shipped layout. */
    LinearModel model() {
        return LinearModel.quantise(bits, bias, weights);
    }
}
