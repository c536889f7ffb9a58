package org.quietline.server.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * One subcommand of {@code ./quietline}. Commands print figures and results to {@code out} and
 * progress and problems to {@code err}; they return a process exit code (0 ok, 2 bad usage, 1 failure).
 */
public interface Command {

    /** The word on the command line, such as {@code classify}. */
    String name();

    /** One line for the usage text. */
    String summary();

    /** Runs with the arguments that followed the command's name. */
    int run(List<String> args, PrintStream out, PrintStream err) throws Exception;
}
