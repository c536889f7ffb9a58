package org.quietline.call;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an import made of its input: rows accepted, and every rejected row counted by problem with the
 * first few line numbers as examples, so that no bad row is dropped silently. Never holds the rows'
 * content (they may hold whole numbers). Not thread-safe: one import fills one tally.
 */
public final class ImportTally {

    private static final int EXAMPLES = 5;

    private long accepted;
    private final Map<String, Long> rejected = new TreeMap<>();
    private final Map<String, List<Long>> examples = new TreeMap<>();

    /** Counts one accepted row. */
    public void accept() {
        accepted++;
    }

    /** Counts the row on line {@code line} (1-based) as rejected for {@code problem}. */
    public void reject(String problem, long line) {
        rejected.merge(problem, 1L, Long::sum);
        List<Long> lines = examples.computeIfAbsent(problem, p -> new ArrayList<>());
        if (lines.size() < EXAMPLES) {
            lines.add(line);
        }
    }

    /** Rows accepted. */
    public long accepted() {
        return accepted;
    }

    /** Rows rejected, all problems together. */
    public long rejected() {
        return rejected.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Rows rejected per problem, by problem name. */
    public Map<String, Long> rejectedByProblem() {
        return Collections.unmodifiableMap(rejected);
    }

    /** The first line numbers rejected for {@code problem}. */
    public List<Long> examples(String problem) {
        return List.copyOf(examples.getOrDefault(problem, List.of()));
    }

    /** One line per problem: {@code  NUMBER_MASKED  925 (lines 12, 40, …)}. */
    public List<String> report() {
        List<String> lines = new ArrayList<>();
        rejected.forEach((problem, count) -> lines.add(String.format("%-18s %,d (e.g. line %s)", problem, count,
                String.join(", ", examples.get(problem).stream().map(String::valueOf).toList()))));
        return lines;
    }

    @Override
    public String toString() {
        return "ImportTally[accepted " + accepted + ", rejected " + rejected() + "]";
    }
}
