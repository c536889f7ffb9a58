package org.quietline.server.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The options of one command: {@code --name value...}. Every value up to the next {@code --option} belongs
 * to the option before it. An option the command does not know, or a value before any option, is a
 * {@link UsageException} that names it. Immutable after parsing; not shared between threads.
 */
final class Arguments {

    private final String command;
    private final Map<String, List<String>> values;

    private Arguments(String command, Map<String, List<String>> values) {
        this.command = command;
        this.values = values;
    }

    /** Parses {@code args} of {@code command}, which knows the options {@code known} (without dashes). */
    static Arguments parse(String command, List<String> args, Set<String> known) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        List<String> current = null;
        for (String arg : args) {
            if (arg.startsWith("--") && arg.length() > 2) {
                String name = arg.substring(2);
                if (!known.contains(name)) {
                    throw new UsageException("unknown option --" + name + "; " + command + " knows --"
                            + String.join(", --", known.stream().sorted().toList()));
                }
                current = values.computeIfAbsent(name, n -> new ArrayList<>());
            } else if (current == null) {
                throw new UsageException("'" + arg + "' comes before any option");
            } else {
                current.add(arg);
            }
        }
        return new Arguments(command, values);
    }

    /** Every value of {@code name}; empty when the option is absent. */
    List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    /** Whether {@code name} was given. */
    boolean has(String name) {
        return values.containsKey(name);
    }

    /** The single value of {@code name}, if the option was given. */
    Optional<String> one(String name) {
        List<String> given = all(name);
        if (given.size() > 1 || (has(name) && given.isEmpty())) {
            throw new UsageException("--" + name + " takes exactly one value");
        }
        return given.stream().findFirst();
    }

    /** The single value of {@code name}, which must be given. */
    String required(String name) {
        return one(name).orElseThrow(() -> new UsageException(command + " needs --" + name));
    }

    /** The integer value of {@code name}, or {@code otherwise}. */
    long number(String name, long otherwise) {
        Optional<String> given = one(name);
        try {
            return given.isEmpty() ? otherwise : Long.parseLong(given.get());
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " takes a whole number, not '" + given.get() + "'");
        }
    }

    /** The decimal value of {@code name}, or {@code otherwise}. */
    double decimal(String name, double otherwise) {
        Optional<String> given = one(name);
        try {
            return given.isEmpty() ? otherwise : Double.parseDouble(given.get());
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " takes a number, not '" + given.get() + "'");
        }
    }
}
