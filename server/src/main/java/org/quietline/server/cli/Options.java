package org.quietline.server.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code --name value} options of a command, read once and checked: unknown options, a missing value
 * and a bad value are {@link UsageException}s that name the option. Not thread-safe.
 */
public final class Options {

    private final String command;
    private final Map<String, String> values = new LinkedHashMap<>();

    private Options(String command) {
        this.command = command;
    }

    /**
     * Reads {@code args} of {@code command}, accepting only {@code known} option names (without dashes).
     *
     * @throws UsageException for an unknown option, an option without value, or a stray argument
     */
    public static Options parse(String command, List<String> args, Set<String> known) {
        Options o = new Options(command);
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (!a.startsWith("--")) {
                throw new UsageException("unexpected argument '" + a + "'");
            }
            String name = a.substring(2);
            String value = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (!known.contains(name)) {
                throw new UsageException("unknown option --" + name + " (known: --" + String.join(", --", known) + ")");
            }
            if (value == null) {
                if (i + 1 >= args.size()) {
                    throw new UsageException("--" + name + " needs a value");
                }
                value = args.get(++i);
            }
            o.values.put(name, value);
        }
        return o;
    }

    /** The value of {@code --name}, if given. */
    public Optional<String> text(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** The value of {@code --name}, which must be given. */
    public String required(String name) {
        return text(name).orElseThrow(() -> new UsageException(command + " needs --" + name));
    }

    /** An existing readable file. */
    public Path file(String name) {
        Path p = Path.of(required(name));
        if (!Files.isReadable(p)) {
            throw new UsageException("--" + name + ": cannot read " + p);
        }
        return p;
    }

    /** A day, YYYY-MM-DD. */
    public LocalDate day(String name) {
        String v = required(name);
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new UsageException("--" + name + " takes a day as YYYY-MM-DD, was '" + v + "'");
        }
    }

    /** A positive whole number; underscores and commas are allowed as separators (10_000_000). */
    public long positive(String name, long fallback) {
        return text(name).map(v -> positive(name, v)).orElse(fallback);
    }

    /** Several positive whole numbers separated by commas. */
    public List<Long> positives(String name, List<Long> fallback) {
        Optional<String> v = text(name);
        if (v.isEmpty()) {
            return fallback;
        }
        List<Long> out = new ArrayList<>();
        for (String part : v.get().split(",")) {
            out.add(positive(name, part.strip()));
        }
        return out;
    }

    private long positive(String name, String v) {
        try {
            long n = Long.parseLong(v.replace("_", ""));
            if (n <= 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " takes a positive whole number, was '" + v + "'");
        }
    }
}
