package org.quietline.optout;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Measures a {@link ReplyParser} on labelled replies: per intent, how many were found (true positives),
 * wrongly claimed (false positives) and missed (false negatives), hence precision and recall. The labelled
 * form is one reply per line, {@code INTENT<TAB>text}; lines starting with {@code #} and blank lines are
 * skipped. Not thread-safe while it is being filled.
 */
public final class ReplyEvaluation {

    /** One reply the parser read differently from its label. */
    public record Miss(Intent expected, Reading actual, String text) {
    }

    private final Map<Intent, int[]> counts = new EnumMap<>(Intent.class);
    private final List<Miss> misses = new ArrayList<>();
    private int total;

    private ReplyEvaluation() {
        for (Intent i : Intent.values()) {
            counts.put(i, new int[3]);
        }
    }

    /**
     * Reads every labelled line with {@code parser}.
     *
     * @throws IllegalArgumentException naming the line number when a line is not {@code INTENT<TAB>text}
     */
    public static ReplyEvaluation of(ReplyParser parser, List<String> lines) {
        Objects.requireNonNull(parser, "parser");
        ReplyEvaluation e = new ReplyEvaluation();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            Intent expected;
            try {
                expected = Intent.valueOf(tab < 0 ? line.strip() : line.substring(0, tab));
            } catch (IllegalArgumentException ex) {
                throw new IllegalArgumentException("line " + (i + 1) + ": expected INTENT<TAB>text, where INTENT is"
                        + " one of " + List.of(Intent.values()), ex);
            }
            e.count(expected, parser.read(tab < 0 ? "" : line.substring(tab + 1)), tab < 0 ? "" : line.substring(tab + 1));
        }
        return e;
    }

    private void count(Intent expected, Reading actual, String text) {
        total++;
        if (actual.intent() == expected) {
            counts.get(expected)[0]++;
            return;
        }
        counts.get(actual.intent())[1]++;
        counts.get(expected)[2]++;
        misses.add(new Miss(expected, actual, text));
    }

    /** How many labelled replies were read. */
    public int total() {
        return total;
    }

    /** Of the replies read as {@code intent}, the share that carried that label; 1 when none were. */
    public double precision(Intent intent) {
        int[] c = counts.get(intent);
        return c[0] + c[1] == 0 ? 1.0 : (double) c[0] / (c[0] + c[1]);
    }

    /** Of the replies labelled {@code intent}, the share read as such; 1 when none were. */
    public double recall(Intent intent) {
        int[] c = counts.get(intent);
        return c[0] + c[2] == 0 ? 1.0 : (double) c[0] / (c[0] + c[2]);
    }

    /** How many replies carried the label {@code intent}. */
    public int support(Intent intent) {
        int[] c = counts.get(intent);
        return c[0] + c[2];
    }

    /**
     * The refusal figures that matter most: a reply labelled OPT_OUT or OPT_OUT_ALL read as either of them
     * counts as found (the scope differs, the refusal is not lost).
     */
    public double refusalRecall() {
        long labelled = 0;
        long found = 0;
        for (Intent i : List.of(Intent.OPT_OUT, Intent.OPT_OUT_ALL)) {
            labelled += support(i);
            found += counts.get(i)[0];
        }
        for (Miss m : misses) {
            if (isRefusal(m.expected()) && isRefusal(m.actual().intent())) {
                found++;
            }
        }
        return labelled == 0 ? 1.0 : (double) found / labelled;
    }

    /** Of the replies read as a refusal (either kind), the share labelled as a refusal. */
    public double refusalPrecision() {
        long claimed = 0;
        long right = 0;
        for (Intent i : List.of(Intent.OPT_OUT, Intent.OPT_OUT_ALL)) {
            claimed += counts.get(i)[0] + counts.get(i)[1];
            right += counts.get(i)[0];
        }
        for (Miss m : misses) {
            if (isRefusal(m.expected()) && isRefusal(m.actual().intent())) {
                right++;
            }
        }
        return claimed == 0 ? 1.0 : (double) right / claimed;
    }

    private static boolean isRefusal(Intent i) {
        return i == Intent.OPT_OUT || i == Intent.OPT_OUT_ALL;
    }

    /** The replies read differently from their labels, in file order. */
    public List<Miss> misses() {
        return List.copyOf(misses);
    }

    /** A table: one line per intent with support, precision and recall, then the refusal figures. */
    public String report() {
        StringBuilder out = new StringBuilder(String.format("%-12s %7s %9s %7s%n", "intent", "support", "precision",
                "recall"));
        for (Intent i : Intent.values()) {
            out.append(String.format("%-12s %7d %9.3f %7.3f%n", i, support(i), precision(i), recall(i)));
        }
        out.append(String.format("%-12s %7d %9.3f %7.3f%n", "refusal*", support(Intent.OPT_OUT)
                + support(Intent.OPT_OUT_ALL), refusalPrecision(), refusalRecall()));
        out.append(String.format("accuracy %.3f on %d replies (* OPT_OUT and OPT_OUT_ALL taken together)%n",
                total == 0 ? 1.0 : (double) (total - misses.size()) / total, total));
        return out.toString();
    }
}
