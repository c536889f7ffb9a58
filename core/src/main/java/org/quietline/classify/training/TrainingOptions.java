package org.quietline.classify.training;

/**
 * Settings of a training run. The defaults are those of the shipped model, chosen on the {@link Split#DEV}
 * part (see {@code docs/classifier.md}).
 *
 * @param bits         hash bits: the model has {@code 2^bits} buckets (16–22 are sensible)
 * @param epochs       passes over the examples, each in a fresh seeded order
 * @param learningRate AdaGrad's base step
 * @param l2           L2 penalty per update on the weights an example touches
 * @param hamWeight    how much a ham example counts in the spam loss relative to a spam one; above 1 it
 *                     trades spam recall for fewer blocked wanted messages
 */
public record TrainingOptions(int bits, int epochs, double learningRate, double l2, double hamWeight) {

    /** The settings of the shipped model. */
    public static final TrainingOptions DEFAULTS = new TrainingOptions(18, 8, 0.2, 3e-4, 1.0);

    /** Validates the ranges, naming the bad setting. */
    public TrainingOptions {
        if (bits < 8 || bits > 24) {
            throw new IllegalArgumentException("bits must lie in 8..24, not " + bits);
        }
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be at least 1, not " + epochs);
        }
        if (!(learningRate > 0) || !(l2 >= 0) || !(hamWeight > 0)) {
            throw new IllegalArgumentException("learningRate and hamWeight must be positive, l2 not negative");
        }
    }

    /** These settings with {@code bits} hash bits. */
    public TrainingOptions withBits(int bits) {
        return new TrainingOptions(bits, epochs, learningRate, l2, hamWeight);
    }

    /** These settings with {@code epochs} passes. */
    public TrainingOptions withEpochs(int epochs) {
        return new TrainingOptions(bits, epochs, learningRate, l2, hamWeight);
    }
}
