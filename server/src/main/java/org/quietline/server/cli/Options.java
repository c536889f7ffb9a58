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
 * The options of one command, read once and checked: {@code --name value...} (every value up to the next
 * {@code --option} belongs to the option before it) or {@code --name=value}. An unknown option, a value before
 * any option, a missing or extra value and a bad value are {@link UsageException}s that name the option.
 * Not thread-safe.
 */
public final class Options {

    private final String command;
    private final Map<String, List<String>> values = new LinkedHashMap<>();

    private Options(String command) {
        this.command = command;
    }

    /**
     * Reads {@code args} of {@code command}, accepting only {@code known} option names (without dashes).
     *
     * @throws UsageException for an unknown option or a value before any option
     */
    public static Options parse(String command, List<String> args, Set<String> known) {
        Options o = new Options(command);
        List<String> current = null;
        for (String arg : args) {
            if (!arg.startsWith("--") || arg.length() == 2) {
                if (current == null) {
                    throw new UsageException("unexpected argument '" + arg + "' before any option");
                }
                current.add(arg);
                continue;
            }
            String name = arg.substring(2);
            int eq = name.indexOf('=');
            String inline = eq < 0 ? null : name.substring(eq + 1);
            name = eq < 0 ? name : name.substring(0, eq);
            if (!known.contains(name)) {
                throw new UsageException("unknown option --" + name + "; " + command + " knows --"
                        + String.join(", --", known.stream().sorted().toList()));
            }
            current = o.values.computeIfAbsent(name, n -> new ArrayList<>());
            if (inline != null) {
                current.add(inline);
            }
        }
        return o;
    }

    /** Whether {@code --name} was given. */
    public boolean has(String name) {
        return values.containsKey(name);
    }

    /** Every value of {@code --name}; empty when the option is absent. */
    public List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    /** The single value of {@code --name}, if the option was given. */
    public Optional<String> text(String name) {
        List<String> given = all(name);
        if (given.size() > 1 || (has(name) && given.isEmpty())) {
            throw new UsageException("--" + name + " takes exactly one value");
        }
        return given.stream().findFirst();
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

    /** A whole number, or {@code otherwise} when the option is absent. */
    public long number(String name, long otherwise) {
        Optional<String> given = text(name);
        try {
            return given.isEmpty() ? otherwise : Long.parseLong(given.get().replace("_", ""));
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " takes a whole number, was '" + given.get() + "'");
        }
    }

    /** A decimal number, or {@code otherwise} when the option is absent. */
    public double decimal(String name, double otherwise) {
        Optional<String> given = text(name);
        try {
            return given.isEmpty() ? otherwise : Double.parseDouble(given.get());
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " takes a number, was '" + given.get() + "'");
        }
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
