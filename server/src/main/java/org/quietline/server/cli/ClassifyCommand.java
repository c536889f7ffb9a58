package org.quietline.server.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.quietline.classify.Classification;
import org.quietline.classify.LinearClassifier;

/**
 * {@code quietline classify --input FILE [--model MODEL]}: for every line of the file ({@code label<TAB>text}
 * or bare text), in order, prints {@code spam|ham<TAB>CATEGORY<TAB>score}. A line is spam when its spam
 * score reaches 0.5. Runs without Spring.
 */
public final class ClassifyCommand implements Command {

    static final double THRESHOLD = 0.5;

    @Override
    public String name() {
        return "classify";
    }

    @Override
    public String summary() {
        return "classify each line of --input FILE: prints spam|ham<TAB>CATEGORY<TAB>score [--model MODEL]";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws IOException {
        Options arguments = Options.parse(name(), args, Set.of("input", "model"));
        Path input = Path.of(arguments.required("input"));
        LinearClassifier classifier = ModelChoice.load(arguments.text("model"));
        StringBuilder lines = new StringBuilder();
        for (CorpusFile.Line line : CorpusFile.read(input, SplitChoice.ALL, 0)) {
            Classification c = classifier.classify(line.text());
            lines.append(c.spamAt(THRESHOLD) ? "spam" : "ham").append('\t').append(c.category()).append('\t')
                    .append(String.format(Locale.ROOT, "%.4f", c.spamScore())).append('\n');
        }
        out.print(lines);
        out.flush();
        return 0;
    }
}
