package org.quietline.server;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.quietline.server.cli.ClassifyCommand;
import org.quietline.server.cli.CdrsCommand;
import org.quietline.server.cli.Command;
import org.quietline.server.cli.EvalCommand;
import org.quietline.server.cli.RangesCommand;
import org.quietline.server.cli.RangesCompareCommand;
import org.quietline.server.cli.TrainCommand;
import org.quietline.server.cli.UsageException;
import org.quietline.server.consent.LedgerCommand;
import org.quietline.server.demo.DemoCommand;
import org.quietline.server.optout.RepliesCommand;

/**
 * The command line: {@code quietline demo | serve | classify | train | eval …}. Commands that need no
 * server (classify, train, eval …) run without starting Spring, so they start fast.
 */
public final class Quietline {

    private Quietline() {
    }

    /** The commands, in the order the usage text lists them. */
    static List<Command> commands() {
        return List.of(new DemoCommand(), new ServeCommand(), new ClassifyCommand(), new TrainCommand(),
                new EvalCommand(), new RangesCommand(), new RangesCompareCommand(), new CdrsCommand(), new LedgerCommand(),
                new RepliesCommand());
    }

    /** Entry point of {@code ./quietline} and of the server jar. */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("help") || args[0].equals("--help") || args[0].equals("-h")) {
            usage(out);
            return args.length == 0 ? 2 : 0;
        }
        Optional<Command> command = commands().stream().filter(c -> c.name().equals(args[0])).findFirst();
        if (command.isEmpty()) {
            err.println("quietline: unknown command '" + args[0] + "'");
            usage(err);
            return 2;
        }
        try {
            return command.get().run(Arrays.asList(args).subList(1, args.length), out, err);
        } catch (UsageException e) {
            err.println("quietline " + args[0] + ": " + e.getMessage());
            return 2;
        } catch (Exception e) {
            err.println("quietline " + args[0] + ": " + e.getMessage());
            return 1;
        }
    }

    private static void usage(PrintStream out) {
        out.println("usage: quietline <command> [options]");
        out.println();
        for (Command c : commands()) {
            out.printf("  %-16s %s%n", c.name(), c.summary());
        }
    }
}
