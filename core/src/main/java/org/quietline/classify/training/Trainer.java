package org.quietline.classify.training;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.quietline.classify.Features;
import org.quietline.classify.LinearModel;
import org.quietline.screening.OptOutInstruction;

/**
 * Trains a {@link LinearModel} on labelled examples. Deterministic: the only randomness is the order of the
 * examples in each epoch, drawn from the {@link RandomGenerator} the caller passes in, so the same examples,
 * options and seed give a model with identical bytes. Not thread-safe; one run at a time per instance.
 */
public final class Trainer {

    private final TrainingOptions options;

    /** A trainer with the given settings. */
    public Trainer(TrainingOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /** Learns from {@code examples} in an order drawn from {@code random}, reporting to {@code progress}. */
    public LinearModel train(List<Example> examples, RandomGenerator random, TrainingProgress progress) {
        return train(examples, List.of(), random, progress);
    }

    /**
     * Learns the spam and category outputs from {@code examples}, and the category outputs alone from
     * {@code categoryExamples} (one-sided sets, such as spam sorted into kinds, that would teach the spam
     * output that everything is spam).
     */
    public LinearModel train(List<Example> examples, List<Example> categoryExamples, RandomGenerator random,
            TrainingProgress progress) {
        List<Example> all = new ArrayList<>(examples);
        all.addAll(categoryExamples);
        int[][] features = extract(all, Example::text, progress);
        // the category outputs learn what a text says, not the opt-out footer a platform may append to any
        // message: that footer is weighed by the screening rule, in the open (ADR 0060, docs/classifier.md)
        int[][] categoryFeatures = extract(all, e -> OptOutInstruction.without(e.text()), progress);
        for (int i = 0; i < all.size(); i++) {
            if (Arrays.equals(features[i], categoryFeatures[i])) {
                categoryFeatures[i] = features[i];
            }
        }
        AdaGrad learner = new AdaGrad(options);
        int[] order = new int[all.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        long total = (long) options.epochs() * order.length;
        long step = Math.max(1, total / 200);
        long done = 0;
        for (int epoch = 1; epoch <= options.epochs(); epoch++) {
            shuffle(order, random);
            for (int i : order) {
                Example example = all.get(i);
                double weight = i >= examples.size() ? 0 : example.spam() ? 1 : options.hamWeight();
                learner.learn(features[i], categoryFeatures[i], example.spam(),
                        example.category().map(Enum::ordinal).orElse(-1), weight);
                if (++done % step == 0) {
                    progress.advanced(done, total, "epoch " + epoch + "/" + options.epochs());
                }
            }
        }
        progress.advanced(total, total, "done");
        return learner.model();
    }

    private int[][] extract(List<Example> examples, Function<Example, String> text, TrainingProgress progress) {
        int[][] features = new int[examples.size()][];
        int[] buffer = new int[Features.capacity(Features.MAX_CHARS)];
        long step = Math.max(1, examples.size() / 50);
        for (int i = 0; i < features.length; i++) {
            int count = Features.extract(text.apply(examples.get(i)), options.bits(), buffer);
            features[i] = Arrays.copyOf(buffer, count);
            if ((i + 1) % step == 0) {
                progress.advanced(i + 1, features.length, "features");
            }
        }
        return features;
    }

    /** Fisher–Yates with the caller's generator. */
    private static void shuffle(int[] order, RandomGenerator random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
    }
}
