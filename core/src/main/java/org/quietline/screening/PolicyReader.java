package org.quietline.screening;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Validates a policy tree and builds the {@link Policy}; every failure names its key and value. */
final class PolicyReader {

    private static final List<Action> THRESHOLD_ORDER = List.of(Action.LABEL, Action.DEFER, Action.HOLD, Action.BLOCK);

    private PolicyReader() {
    }

    static Map<String, Object> overlay(Map<String, Object> defaults, Map<String, Object> overrides) {
        Settings over = new Settings("", overrides);
        String base = new Settings("", defaults).text("version");
        String own = over.text("version");
        if (overrides.get("signals") instanceof Map<?, ?> added && defaults.get("signals") instanceof Map<?, ?> known) {
            for (Object name : added.keySet()) {
                if (!known.containsKey(name) && added.get(name) instanceof Map<?, ?> entry && !entry.containsKey("description")) {
                    throw new PolicyException("signals." + name, null, "is not a signal of the default policy"
                            + Suggestion.nearest(String.valueOf(name), keys(known)).map(s -> "; did you mean " + s + "?").orElse("")
                            + " (a new signal needs its group, weight and description)");
                }
            }
        }
        Map<String, Object> merged = new LinkedHashMap<>(PolicyTree.merge(defaults, overrides));
        merged.put("version", base + "+" + own);
        return merged;
    }

    static Policy read(Map<String, Object> tree) {
        Settings root = new Settings("", tree);
        String version = root.text("version");
        String defaultLabel = root.text("default-label");
        EnumMap<Action, Double> thresholds = thresholds(root.section("thresholds"));
        Map<String, Group> groups = groups(root.section("groups"));
        Map<String, Signal> signals = signals(root.section("signals"), groups);
        Settings defaults = root.section("check-defaults");
        CheckRules checkDefaults = new CheckRules(defaults.duration("budget"), defaults.choice("on-failure", FailureMode.class));
        Map<String, Map<String, Object>> checks = checks(root);
        root.rejectUnknown();
        Policy policy = new Policy(version, signals, groups, thresholds, defaultLabel, checkDefaults, checks);
        for (String name : checks.keySet()) {
            policy.rules(name);
        }
        return policy;
    }

    private static EnumMap<Action, Double> thresholds(Settings s) {
        EnumMap<Action, Double> out = new EnumMap<>(Action.class);
        String previous = null;
        double last = Double.NEGATIVE_INFINITY;
        for (Action a : THRESHOLD_ORDER) {
            String key = a.name().toLowerCase(java.util.Locale.ROOT);
            if (!s.has(key)) {
                continue;
            }
            double t = s.number(key);
            if (t <= last) {
                throw s.problem(key, t, "must be above " + s.pathOf(previous) + " (" + last
                        + "): thresholds rise from label to defer to hold to block");
            }
            if (t <= 0) {
                throw s.problem(key, t, "must be above 0 (a score of 0 means nothing fired)");
            }
            out.put(a, t);
            last = t;
            previous = key;
        }
        s.rejectUnknown();
        return out;
    }

    private static Map<String, Group> groups(Settings s) {
        Map<String, Group> out = new LinkedHashMap<>();
        for (String name : s.keys()) {
            Settings g = s.section(name);
            double max = g.number("max-score");
            if (max <= 0) {
                throw g.problem("max-score", max, "must be above 0");
            }
            out.put(name, new Group(name, max, g.text("description")));
            g.rejectUnknown();
        }
        return Map.copyOf(out);
    }

    private static Map<String, Signal> signals(Settings s, Map<String, Group> groups) {
        Map<String, Signal> out = new LinkedHashMap<>();
        for (String name : s.keys()) {
            if (!Signals.isWellFormed(name)) {
                throw new PolicyException(s.pathOf(name), null, "is not a signal name (UPPER_SNAKE, such as MISSING_SIGNATURE)");
            }
            Settings e = s.section(name);
            String group = e.text("group");
            if (!groups.containsKey(group)) {
                throw e.problem("group", group, "is not a group of this policy" + Suggestion.nearest(group, groups.keySet())
                        .map(g -> "; did you mean " + g + "?").orElse(" (groups: " + String.join(", ", groups.keySet()) + ")"));
            }
            Set<SubjectKind> subjects = e.has("subjects") ? e.choices("subjects", SubjectKind.class) : Set.of(SubjectKind.values());
            if (subjects.isEmpty()) {
                throw e.problem("subjects", "[]", "names no subject (sms, call)");
            }
            out.put(name, new Signal(name, group, e.number("weight"), e.text("description"), subjects, forcing(e), e.optionalText("label")));
            e.rejectUnknown();
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    private static Optional<Forcing> forcing(Settings e) {
        boolean exact = e.has("force");
        boolean floor = e.has("at-least");
        if (exact && floor) {
            throw e.problem("at-least", e.raw("at-least"), "cannot stand beside force (a signal forces one way)");
        }
        if (exact) {
            return Optional.of(new Forcing(e.choice("force", Action.class), Forcing.Mode.EXACT, e.integer("priority", 0)));
        }
        if (floor) {
            Action a = e.choice("at-least", Action.class);
            if (a == Action.ALLOW) {
                throw e.problem("at-least", e.raw("at-least"), "forces nothing (every verdict is at least allow)");
            }
            return Optional.of(new Forcing(a, Forcing.Mode.AT_LEAST, 0));
        }
        return Optional.empty();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> checks(Settings root) {
        if (!root.has("checks")) {
            return Map.of();
        }
        Settings s = root.section("checks");
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        for (String name : s.keys()) {
            Object section = s.raw(name);
            if (!(section instanceof Map<?, ?>)) {
                throw s.problem(name, section, "is not a section of keys and values");
            }
            out.put(name, (Map<String, Object>) section);
        }
        s.markKnown(s.keys());
        return java.util.Collections.unmodifiableMap(out);
    }

    private static List<String> keys(Map<?, ?> map) {
        return map.keySet().stream().map(String::valueOf).toList();
    }
}
