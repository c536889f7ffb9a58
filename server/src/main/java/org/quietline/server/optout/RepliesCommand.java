package org.quietline.server.optout;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.quietline.optout.ReplyEvaluation;
import org.quietline.optout.ReplyParser;
import org.quietline.server.cli.Command;
import org.quietline.server.cli.UsageException;

/**
 * {@code quietline replies eval FILE [--misses]}: measures the reply parser on labelled replies
 * ({@code INTENT<TAB>text} per line, as in core/src/test/resources/optout/) and prints precision and recall
 * per intent; {@code --misses} also lists the replies it read differently (their text is printed: use it on
 * test sets, not on subscribers' replies). Starts no server.
 */
public final class RepliesCommand implements Command {

    @Override
    public String name() {
        return "replies";
    }

    @Override
    public String summary() {
        return "measure the opt-out reply parser on labelled replies: replies eval FILE [--misses]";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws IOException {
        if (args.size() < 2 || !args.getFirst().equals("eval") || args.size() > 3
                || args.size() == 3 && !args.get(2).equals("--misses")) {
            throw new UsageException("usage: replies eval FILE [--misses]");
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(Path.of(args.get(1)), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UsageException("no such file: " + args.get(1));
        }
        ReplyEvaluation e;
        try {
            e = ReplyEvaluation.of(ReplyParser.standard(), lines);
        } catch (IllegalArgumentException ex) {
            throw new UsageException(args.get(1) + ": " + ex.getMessage());
        }
        out.print(e.report());
        if (args.size() == 3) {
            e.misses().forEach(m -> out.println("  miss: expected " + m.expected() + ", read " + m.actual().intent()
                    + " (" + m.actual().rule() + ") <- " + m.text()));
        }
        return 0;
    }
}
