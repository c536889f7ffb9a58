package org.quietline.server.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.quietline.classify.LinearClassifier;
import org.quietline.classify.training.Scorecard;

/**
 * {@code quietline eval --input FILE... [--split test --seed N] [--model MODEL] [--hand-labels FILE]
 * [--time SECONDS]}: classifies every labelled line of the files and prints, per file and for all together,
 * accuracy, MCC, spam F1, blocked ham and how many verification codes among the ham were delivered; then the
 * confusion matrix of categories against the rule-derived ones, and against hand-checked labels when given;
 * with {@code --time}, messages classified per second on one thread. Runs without Spring.
 */
public final class EvalCommand implements Command {

    private static final String ROW = "%-40s %8s %9s %7s %8s  %-18s %s%n";

    @Override
    public String name() {
        return "eval";
    }

    @Override
    public String summary() {
        return "measure a model on labelled files: --input FILE... [--split test --seed N] [--model MODEL]";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws IOException {
        Options arguments = Options.parse(name(), args,
                Set.of("input", "model", "split", "seed", "threshold", "hand-labels", "time"));
        List<String> inputs = arguments.all("input");
        if (inputs.isEmpty()) {
            throw new UsageException("eval needs --input FILE...");
        }
        SplitChoice split = SplitChoice.parse(arguments.text("split").orElse("all"));
        long seed = arguments.number("seed", 1);
        double threshold = arguments.decimal("threshold", ClassifyCommand.THRESHOLD);
        LinearClassifier classifier = ModelChoice.load(arguments.text("model"));
        Map<String, List<CorpusFile.Line>> files = new LinkedHashMap<>();
        for (String input : inputs) {
            files.put(input, CorpusFile.read(Path.of(input), split, seed));
        }
        out.printf("model %s, split %s, seed %d, spam at score >= %.2f%n", arguments.text("model").orElse("shipped"),
                split.name().toLowerCase(Locale.ROOT), seed, threshold);
        Scorecard total = report(files, classifier, threshold, out);
        out.println();
        out.println("categories (rows: derived by the rules of CategoryRules and the corpora's kinds; columns: model)");
        out.print(total.confusionTable());
        if (arguments.has("hand-labels")) {
            HandLabels.read(Path.of(arguments.required("hand-labels"))).report(files, classifier, threshold, out);
        }
        if (arguments.has("time")) {
            Throughput.measure(files, classifier, arguments.decimal("time", 5), out);
        }
        return 0;
    }

    private static Scorecard report(Map<String, List<CorpusFile.Line>> files, LinearClassifier classifier,
            double threshold, PrintStream out) {
        out.printf(ROW, "file", "messages", "accuracy", "MCC", "spam F1", "blocked ham", "codes delivered");
        Scorecard total = new Scorecard(threshold);
        for (Map.Entry<String, List<CorpusFile.Line>> file : files.entrySet()) {
            Scorecard card = new Scorecard(threshold);
            for (CorpusFile.Line line : file.getValue()) {
                line.example().ifPresent(e -> {
                    var predicted = classifier.classify(e.text());
                    card.add(e.spam(), e.category(), predicted);
                    total.add(e.spam(), e.category(), predicted);
                });
            }
            row(file.getKey(), card, out);
        }
        row("all", total, out);
        return total;
    }

    private static void row(String name, Scorecard card, PrintStream out) {
        out.printf(Locale.ROOT, ROW, name, card.total(), String.format(Locale.ROOT, "%.4f", card.accuracy()),
                String.format(Locale.ROOT, "%.4f", card.mcc()), String.format(Locale.ROOT, "%.4f", card.spamF1()),
                String.format(Locale.ROOT, "%d/%d (%.2f%%)", card.blockedHam(), card.ham(), 100 * card.blockedHamRate()),
                card.codesDelivered() + "/" + card.codes());
    }

    /** The texts of every line read, in order: what {@link Throughput} classifies again. */
    static List<String> texts(Map<String, List<CorpusFile.Line>> files) {
        List<String> texts = new ArrayList<>();
        files.values().forEach(lines -> lines.forEach(line -> texts.add(line.text())));
        return texts;
    }
}
