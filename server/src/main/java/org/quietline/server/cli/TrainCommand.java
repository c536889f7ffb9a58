package org.quietline.server.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.quietline.classify.LinearModel;
import org.quietline.classify.training.Example;
import org.quietline.classify.training.Trainer;
import org.quietline.classify.training.TrainingOptions;

/**
 * {@code quietline train --input FILE... [--categories FILE...] --out MODEL [--split all|train|fit]
 * [--seed N] [--bits N] [--epochs N]}: trains a classifier model on labelled message files and writes it.
 * Files after {@code --categories} teach only the category outputs. Runs without Spring.
 */
public final class TrainCommand implements Command {

    @Override
    public String name() {
        return "train";
    }

    @Override
    public String summary() {
        return "train a classifier model: --input FILE... [--categories FILE...] --out MODEL [--split train --seed N]";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws IOException {
        Options arguments = Options.parse(name(), args,
                Set.of("input", "categories", "out", "split", "seed", "bits", "epochs"));
        List<String> inputs = arguments.all("input");
        if (inputs.isEmpty()) {
            throw new UsageException("train needs --input FILE...");
        }
        Path target = Path.of(arguments.required("out"));
        SplitChoice split = SplitChoice.parse(arguments.text("split").orElse("all"));
        long seed = arguments.number("seed", 1);
        TrainingOptions options = options(arguments);
        List<Example> examples = examples(inputs, split, seed, err);
        List<Example> categoryExamples = examples(arguments.all("categories"), split, seed, err);
        long started = System.nanoTime();
        LinearModel model = new Trainer(options).train(examples, categoryExamples, new SplittableRandom(seed),
                new ProgressBar(err));
        write(model, target);
        out.printf("trained on %d examples (+%d for categories only), split %s, seed %d, bits %d, epochs %d, in %.1f s%n",
                examples.size(), categoryExamples.size(), split.name().toLowerCase(java.util.Locale.ROOT), seed,
                options.bits(), options.epochs(), (System.nanoTime() - started) / 1e9);
        out.printf("wrote %s (%d bytes, sha256 %s)%n", target, Files.size(target), sha256(target));
        return 0;
    }

    private static TrainingOptions options(Options arguments) {
        TrainingOptions defaults = TrainingOptions.DEFAULTS;
        try {
            return defaults.withBits((int) arguments.number("bits", defaults.bits()))
                    .withEpochs((int) arguments.number("epochs", defaults.epochs()));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static List<Example> examples(List<String> files, SplitChoice split, long seed, PrintStream err)
            throws IOException {
        List<Example> examples = new ArrayList<>();
        for (String file : files) {
            int skipped = 0;
            for (CorpusFile.Line line : CorpusFile.read(Path.of(file), split, seed)) {
                if (line.example().isPresent()) {
                    examples.add(line.example().get());
                } else {
                    skipped++;
                }
            }
            if (skipped > 0) {
                err.printf("%s: %d lines without a known label skipped%n", file, skipped);
            }
        }
        return examples;
    }

    private static void write(LinearModel model, Path target) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream out = Files.newOutputStream(target)) {
            model.writeTo(out);
        }
    }

    static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
