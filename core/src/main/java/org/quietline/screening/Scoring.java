package org.quietline.screening;

import java.util.ArrayList;
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
        index = Map.copyOf(idx);
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
        double[] positive = new double[groupCap.length];
        for (int i = 0; i < n; i++) {
            if (kept[i] && weight[sig[i]] > 0) {
                positive[group[sig[i]]] += weight[sig[i]] * strength[i];
            }
        }
        Reason[] reasons = new Reason[n];
        int count = 0;
        double score = 0;
        int exact = -1;
        int floor = -1;
        for (int i = 0; i < n; i++) {
            if (!kept[i]) {
                continue;
            }
            int s = sig[i];
            double c = weight[s] * strength[i];
            int g = group[s];
            if (c > 0 && positive[g] > groupCap[g]) {
                c *= groupCap[g] / positive[g];
            }
            c = Math.round(c * 1000) / 1000.0;
            score += c;
            Reason r = new Reason(names[s], groupName[g], c, description[s], evidence[i]);
            count = insertByContribution(reasons, count, r);
            Forcing f = forcing[s];
            if (f != null && f.mode() == Forcing.Mode.EXACT && (exact < 0 || outranks(f, forcing[sig[exact]]))) {
                exact = i;
            } else if (f != null && f.mode() == Forcing.Mode.AT_LEAST
                    && (floor < 0 || f.action().harsherThan(forcing[sig[floor]].action()))) {
                floor = i;
            }
        }
        score = Math.round(score * 1000) / 1000.0;
        List<Reason> ordered = List.of(count == n ? reasons : java.util.Arrays.copyOf(reasons, count));
        Action byScore = actionFor(score);
        Action action = byScore;
        Optional<Reason> forcedBy = Optional.empty();
        if (exact >= 0) {
            action = forcing[sig[exact]].action();
            forcedBy = find(ordered, names[sig[exact]]);
        } else if (floor >= 0 && forcing[sig[floor]].action().harsherThan(byScore)) {
            action = forcing[sig[floor]].action();
            forcedBy = find(ordered, names[sig[floor]]);
        }
        return new Verdict(action, score, ordered, forcedBy, labelFor(action, ordered), version);
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
                return Optional.of(l);
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
