package org.quietline.screening;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The policy compiled into arrays indexed by signal, and the one place where findings become a verdict:
 * the strongest finding per signal, weight × strength, positive group sums capped, the score's action,
 * then forcings (ADR 0021). Immutable, thread-safe.
 */
final class Scoring {

    private static final Action[] BY_SEVERITY = {Action.BLOCK, Action.HOLD, Action.DEFER, Action.LABEL};

    final String version;
    final Map<String, Integer> index;
    private final String[] names;
    private final double[] weight;
    private final int[] group;
    private final String[] groupName;
    private final double[] groupCap;
    private final String[] description;
    private final Forcing[] forcing;
    private final String[] label;
    private final boolean[][] applies;
    private final double[] threshold;
    private final String defaultLabel;

    Scoring(Policy policy) {
        List<Signal> signals = policy.signals();
        int n = signals.size();
        version = policy.version();
        names = new String[n];
        weight = new double[n];
        group = new int[n];
        description = new String[n];
        forcing = new Forcing[n];
        label = new String[n];
        applies = new boolean[SubjectKind.values().length][n];
        List<String> groups = new ArrayList<>(policy.groups().keySet());
        groupName = groups.toArray(String[]::new);
        groupCap = new double[groupName.length];
        for (int g = 0; g < groupName.length; g++) {
            groupCap[g] = policy.groups().get(groupName[g]).maxScore();
        }
        Map<String, Integer> idx = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Signal s = signals.get(i);
            idx.put(s.name(), i);
            names[i] = s.name();
            weight[i] = s.weight();
            group[i] = groups.indexOf(s.group());
            description[i] = s.description();
            forcing[i] = s.forcing().orElse(null);
            label[i] = s.label().orElse(null);
            for (SubjectKind k : s.subjects()) {
                applies[k.ordinal()][i] = true;
            }
        }
        // a HashMap rather than Map.copyOf: its lookup masks the hash where Map.copyOf's divides by the
        // table size, and this lookup runs for every finding of every screening. Never modified after this.
        index = Collections.unmodifiableMap(idx);
        threshold = new double[Action.values().length];
        for (Action a : Action.values()) {
            threshold[a.ordinal()] = policy.threshold(a).orElse(Double.NaN);
        }
        defaultLabel = policy.defaultLabel();
    }

    int size() {
        return names.length;
    }

    boolean applies(SubjectKind kind, int signal) {
        return applies[kind.ordinal()][signal];
    }

    /** The verdict for the {@code n} findings in the arrays (several findings may name one signal). */
    Verdict verdict(int[] sig, double[] strength, String[] evidence, int n) {
        boolean[] kept = strongest(sig, strength, n);
        double[] positive = positiveByGroup(sig, strength, kept, n);
        Reason[] reasons = new Reason[n];
        int count = 0;
        double score = 0;
        int exact = -1;
        int floor = -1;
        for (int i = 0; i < n; i++) {
            if (kept[i]) {
                Reason r = reason(sig[i], strength[i], evidence[i], positive);
                score += r.contribution();
                count = insertByContribution(reasons, count, r);
                exact = outranking(exact, sig[i]);
                floor = harsherFloor(floor, sig[i]);
            }
        }
        List<Reason> ordered = List.of(count == n ? reasons : java.util.Arrays.copyOf(reasons, count));
        return decide(Math.round(score * 1000) / 1000.0, ordered, exact, floor);
    }

    /** Per group, the sum of the positive contributions before capping. */
    private double[] positiveByGroup(int[] sig, double[] strength, boolean[] kept, int n) {
        double[] positive = new double[groupCap.length];
        for (int i = 0; i < n; i++) {
            if (kept[i] && weight[sig[i]] > 0) {
                positive[group[sig[i]]] += weight[sig[i]] * strength[i];
            }
        }
        return positive;
    }

    /** A finding's reason: weight × strength, scaled down alike with its group's other positive ones past the cap. */
    private Reason reason(int s, double strength, String evidence, double[] positive) {
        double c = weight[s] * strength;
        int g = group[s];
        if (c > 0 && positive[g] > groupCap[g]) {
            c *= groupCap[g] / positive[g];
        }
        return new Reason(names[s], groupName[g], Math.round(c * 1000) / 1000.0, description[s], evidence);
    }

    /** The exact forcing that wins between {@code best} (a signal, or -1) and signal {@code s}: priority, then harshness. */
    private int outranking(int best, int s) {
        Forcing f = forcing[s];
        if (f == null || f.mode() != Forcing.Mode.EXACT) {
            return best;
        }
        return best < 0 || outranks(f, forcing[best]) ? s : best;
    }

    /** The harsher floor between {@code best} (a signal, or -1) and signal {@code s}. */
    private int harsherFloor(int best, int s) {
        Forcing f = forcing[s];
        if (f == null || f.mode() != Forcing.Mode.AT_LEAST) {
            return best;
        }
        return best < 0 || f.action().harsherThan(forcing[best].action()) ? s : best;
    }

    /** The action: the winning exact forcing, else the score's action raised by the harshest floor. */
    private Verdict decide(double score, List<Reason> reasons, int exact, int floor) {
        Action action = actionFor(score);
        Optional<Reason> forcedBy = Optional.empty();
        if (exact >= 0) {
            action = forcing[exact].action();
            forcedBy = find(reasons, names[exact]);
        } else if (floor >= 0 && forcing[floor].action().harsherThan(action)) {
            action = forcing[floor].action();
            forcedBy = find(reasons, names[floor]);
        }
        return new Verdict(action, score, reasons, forcedBy, labelFor(action, reasons), version);
    }

    private boolean[] strongest(int[] sig, double[] strength, int n) {
        boolean[] kept = new boolean[n];
        for (int i = 0; i < n; i++) {
            kept[i] = true;
            for (int j = 0; j < n && kept[i]; j++) {
                if (j != i && sig[j] == sig[i] && (strength[j] > strength[i] || strength[j] == strength[i] && j < i)) {
                    kept[i] = false;
                }
            }
        }
        return kept;
    }

    private static boolean outranks(Forcing a, Forcing b) {
        return a.priority() > b.priority() || a.priority() == b.priority() && a.action().harsherThan(b.action());
    }

    private Action actionFor(double score) {
        for (Action a : BY_SEVERITY) {
            double t = threshold[a.ordinal()];
            if (!Double.isNaN(t) && score >= t) {
                return a;
            }
        }
        return Action.ALLOW;
    }

    private Optional<String> labelFor(Action action, List<Reason> reasons) {
        if (action != Action.LABEL) {
            return Optional.empty();
        }
        for (Reason r : reasons) {
            String l = label[index.get(r.signal())];
            if (l != null) {
                // a label that depends on the finding (a caller label, 被 312 人标记为装修推销) is its evidence
                return Optional.of(l.equals(Signal.EVIDENCE_LABEL) ? r.evidence() : l);
            }
        }
        return Optional.of(defaultLabel);
    }

    /** Largest contribution first; equal contributions by signal name, so verdicts are stable. */
    private static int insertByContribution(Reason[] reasons, int count, Reason r) {
        int at = count;
        while (at > 0 && before(r, reasons[at - 1])) {
            reasons[at] = reasons[at - 1];
            at--;
        }
        reasons[at] = r;
        return count + 1;
    }

    private static boolean before(Reason a, Reason b) {
        return a.contribution() > b.contribution()
                || a.contribution() == b.contribution() && a.signal().compareTo(b.signal()) < 0;
    }

    private static Optional<Reason> find(List<Reason> reasons, String signal) {
        for (Reason r : reasons) {
            if (r.signal().equals(signal)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
