package org.quietline.screening;

import java.io.InputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The screening policy: what each signal weighs, in which group, what it means and whether it forces an
 * action; group caps; the score thresholds of the actions; how each check is run and configured; and a
 * version that every verdict carries. Shipped defaults live in {@value #SHIPPED}; operators lay their
 * own overrides on top ({@link #from(Object, Object)}). Checks only report signals; everything that
 * weighs them is here.
 *
 * <p>Core reads no YAML itself: it takes the plain tree a YAML or JSON parser yields (maps, lists, texts,
 * numbers, booleans) and validates it completely, failing with a {@link PolicyException} that names the
 * key and the bad value. Immutable and thread-safe.
 */
public final class Policy {

    /** The classpath location of the shipped default policy (YAML). */
    public static final String SHIPPED = "/org/quietline/screening/default-policy.yaml";

    private final String version;
    private final Map<String, Signal> signals;
    private final Map<String, Group> groups;
    private final EnumMap<Action, Double> thresholds;
    private final String defaultLabel;
    private final CheckRules checkDefaults;
    private final Map<String, Map<String, Object>> checks;

    Policy(String version, Map<String, Signal> signals, Map<String, Group> groups, EnumMap<Action, Double> thresholds,
           String defaultLabel, CheckRules checkDefaults, Map<String, Map<String, Object>> checks) {
        this.version = version;
        this.signals = signals;
        this.groups = groups;
        this.thresholds = thresholds;
        this.defaultLabel = defaultLabel;
        this.checkDefaults = checkDefaults;
        this.checks = checks;
    }

    /**
     * Reads a policy from a parsed tree.
     *
     * @throws PolicyException naming the key and the value when the tree is not a valid policy
     */
    public static Policy from(Object tree) {
        return PolicyReader.read(PolicyTree.copyMap("", tree));
    }

    /**
     * Reads {@code overrides} laid over {@code defaults}: sections merge key by key, values and lists are
     * replaced, a key set to null is removed. The overrides must carry their own {@code version}; the
     * result's version is {@code <defaults>+<overrides>}. A signal that the defaults do not define must be
     * given in full (group, weight, description), so that a misspelt name fails instead of adding a
     * signal nobody reports.
     *
     * @throws PolicyException naming the key and the value when the result is not a valid policy
     */
    public static Policy from(Object defaults, Object overrides) {
        return PolicyReader.read(PolicyReader.overlay(PolicyTree.copyMap("", defaults), PolicyTree.copyMap("", overrides)));
    }

    /** The shipped default policy as YAML text, for an adapter to parse and hand to {@link #from(Object)}. */
    public static InputStream openShipped() {
        return Objects.requireNonNull(Policy.class.getResourceAsStream(SHIPPED), "the shipped policy is missing");
    }

    /** The version every verdict names. */
    public String version() {
        return version;
    }

    /** Every signal, in the policy's order. */
    public List<Signal> signals() {
        return List.copyOf(signals.values());
    }

    /** The signal named {@code name}, if the policy defines it. */
    public Optional<Signal> signal(String name) {
        return Optional.ofNullable(signals.get(name));
    }

    /** Every group by name. */
    public Map<String, Group> groups() {
        return groups;
    }

    /** The score at which {@code action} is reached; empty when the policy leaves it out (or for ALLOW). */
    public OptionalDouble threshold(Action action) {
        Double t = thresholds.get(action);
        return t == null ? OptionalDouble.empty() : OptionalDouble.of(t);
    }

    /** The label shown with a LABEL verdict whose reasons carry none. */
    public String defaultLabel() {
        return defaultLabel;
    }

    /** The budget and failure mode of the check named {@code check}: its own, or the policy's defaults. */
    public CheckRules rules(String check) {
        Map<String, Object> section = checks.get(check);
        if (section == null) {
            return checkDefaults;
        }
        Settings s = new Settings("checks." + check, section);
        return new CheckRules(
                s.has("budget") ? s.duration("budget") : checkDefaults.budget(),
                s.has("on-failure") ? s.choice("on-failure", FailureMode.class) : checkDefaults.onFailure());
    }

    /**
     * A fresh view of the section {@code checks.<check>} (empty when absent), for the check to read its
     * settings from; {@code budget} and {@code on-failure} are already known there.
     */
    public Settings settings(String check) {
        Settings s = new Settings("checks." + check, checks.getOrDefault(check, Map.of()));
        s.markKnown(List.of("budget", "on-failure"));
        return s;
    }

    /** The names of the check sections present, in the policy's order. */
    public java.util.Set<String> checkSections() {
        return checks.keySet();
    }

    @Override
    public String toString() {
        return "Policy[" + version + ", " + signals.size() + " signals]";
    }
}
