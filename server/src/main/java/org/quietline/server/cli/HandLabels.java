package org.quietline.server.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.quietline.classify.Category;
import org.quietline.classify.Classifier;
import org.quietline.classify.training.Example;
import org.quietline.classify.training.Scorecard;

/**
 * Categories a person gave to corpus lines after reading them: a file of {@code path<TAB>line<TAB>CATEGORY}
 * lines, where {@code path} is the end of a corpus file's path ({@code cn-sms-mudou/train.tsv}) and
 * {@code line} its 1-based line number. The file holds no message text, so it can be committed.
 */
final class HandLabels {

    /** One label. */
    record Label(Path path, int line, Category category) {
    }

    private final List<Label> labels;

    private HandLabels(List<Label> labels) {
        this.labels = labels;
    }

    static HandLabels read(Path file) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (NoSuchFileException e) {
            throw new UsageException("no such hand-label file: " + file);
        }
        List<Label> labels = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t");
            try {
                labels.add(new Label(Path.of(fields[0]), Integer.parseInt(fields[1]), Category.valueOf(fields[2])));
            } catch (RuntimeException e) {
                throw new UsageException(file + " line " + (i + 1) + ": expected path<TAB>line<TAB>CATEGORY");
            }
        }
        return new HandLabels(labels);
    }

    /** The category given to line {@code number} of {@code file}, if it was checked by hand. */
    Optional<Category> of(Path file, int number) {
        Path normal = file.normalize();
        return labels.stream().filter(l -> l.line() == number && normal.endsWith(l.path())).map(Label::category)
                .findFirst();
    }

    /** Prints how the model's and the rules' categories compare with the hand-checked ones. */
    void report(Map<String, List<CorpusFile.Line>> files, Classifier classifier, double threshold, PrintStream out) {
        Scorecard model = new Scorecard(threshold);
        Scorecard rules = new Scorecard(threshold);
        for (List<CorpusFile.Line> lines : files.values()) {
            for (CorpusFile.Line line : lines) {
                Optional<Category> hand = of(line.file(), line.number());
                if (hand.isEmpty()) {
                    continue;
                }
                model.addCategory(hand.get(), classifier.classify(line.text()).category());
                line.example().flatMap(Example::category).ifPresent(rule -> rules.addCategory(hand.get(), rule));
            }
        }
        out.printf(Locale.ROOT, "%nhand-checked sample: %d of %d labels found in the lines read;"
                + " model agrees on %.1f%%, the training rules on %.1f%%%n", model.categoryCount(), labels.size(),
                100 * model.categoryAccuracy(), 100 * rules.categoryAccuracy());
        out.println("rows: hand-checked category; columns: model");
        out.print(model.confusionTable());
        out.println("rows: hand-checked category; columns: the training rules");
        out.print(rules.confusionTable());
    }
}
