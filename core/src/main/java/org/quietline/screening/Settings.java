package org.quietline.screening;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A typed, validating view of one section of a policy tree (maps, lists, strings, numbers, booleans, as a
 * YAML or JSON parser yields them). Every accessor names the key path and the bad value in the
 * {@link PolicyException} it throws. The view remembers which keys were asked for, so that
 * {@link #rejectUnknown()} can refuse a key nobody reads (a typo) and suggest the nearest known one.
 *
 * <p>Checks receive their section ({@code checks.<name>}) when they are built. Not thread-safe: use it
 * while building, then keep only the values read.
 */
public final class Settings {

    private final String path;
    private final Map<String, Object> tree;
    private final Set<String> asked = new LinkedHashSet<>();
    private final List<Settings> children = new ArrayList<>();

    Settings(String path, Map<String, Object> tree) {
        this.path = path;
        this.tree = tree;
    }

    /** A view of {@code tree} at {@code path}, for tests and adapters. */
    public static Settings of(String path, Map<String, ?> tree) {
        return new Settings(path, PolicyTree.copyMap(path, tree));
    }

    /** The path of this section, {@code checks.link}. */
    public String path() {
        return path;
    }

    /** The path of {@code key} in this section. */
    public String pathOf(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** Whether {@code key} is present; counts as asking for it. */
    public boolean has(String key) {
        asked.add(key);
        return tree.get(key) != null;
    }

    /** The keys present in this section, in their order. */
    public Set<String> keys() {
        return tree.keySet();
    }

    /** A required number. */
    public double number(String key) {
        Object v = required(key);
        if (!(v instanceof Number n) || !Double.isFinite(n.doubleValue())) {
            throw problem(key, v, "is not a number");
        }
        return n.doubleValue();
    }

    /** A required number in [0, 1]. */
    public double fraction(String key) {
        double d = number(key);
        if (d < 0 || d > 1) {
            throw problem(key, tree.get(key), "is not between 0 and 1");
        }
        return d;
    }

    /** A required whole number of at least {@code min}. */
    public int integer(String key, int min) {
        Object v = required(key);
        if (!(v instanceof Integer || v instanceof Long) || ((Number) v).longValue() < min
                || ((Number) v).longValue() > Integer.MAX_VALUE) {
            throw problem(key, v, "is not a whole number of at least " + min);
        }
        return ((Number) v).intValue();
    }

    /** A required non-blank string. */
    public String text(String key) {
        Object v = required(key);
        if (!(v instanceof String s) || s.isBlank()) {
            throw problem(key, v, "is not a non-empty text");
        }
        return s;
    }

    /** An optional non-blank string. */
    public Optional<String> optionalText(String key) {
        return has(key) ? Optional.of(text(key)) : Optional.empty();
    }

    /** A required duration written as a number and a unit: {@code 500us}, {@code 10ms}, {@code 2s}, {@code 24h}, {@code 7d}. */
    public Duration duration(String key) {
        Object v = required(key);
        Duration d = v instanceof String s ? Durations.parse(s.strip()) : null;
        if (d == null || d.isNegative() || d.isZero()) {
            throw problem(key, v, "is not a positive duration such as 10ms, 2s, 30m, 24h or 7d");
        }
        return d;
    }

    /** A required time of day written as a quoted {@code "HH:MM"}. */
    public LocalTime timeOfDay(String key) {
        Object v = required(key);
        if (v instanceof Number) {
            // YAML 1.1 parsers (SnakeYAML) read an unquoted 21:00 as the sexagesimal number 1260
            throw problem(key, v, "is a number; write the time of day in quotes, as \"21:00\"");
        }
        try {
            return LocalTime.parse(String.valueOf(v));
        } catch (DateTimeParseException e) {
            throw problem(key, v, "is not a time of day such as \"21:00\"");
        }
    }

    /** A required enum constant, written in any case with {@code -} or {@code _} ({@code on-failure: closed}). */
    public <E extends Enum<E>> E choice(String key, Class<E> type) {
        Object v = required(key);
        return choice(pathOf(key), v, type);
    }

    /** A required list of enum constants. */
    public <E extends Enum<E>> Set<E> choices(String key, Class<E> type) {
        List<Object> list = list(key);
        Set<E> out = EnumSet.noneOf(type);
        for (int i = 0; i < list.size(); i++) {
            out.add(choice(pathOf(key) + "[" + i + "]", list.get(i), type));
        }
        return out;
    }

    /** A required list of non-blank strings (possibly empty). */
    public List<String> texts(String key) {
        List<Object> list = list(key);
        List<String> out = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            Object e = list.get(i);
            if (!(e instanceof String s) || s.isBlank()) {
                throw new PolicyException(pathOf(key) + "[" + i + "]", e, "is not a non-empty text");
            }
            out.add(s);
        }
        return List.copyOf(out);
    }

    /** A required map from names to non-blank strings. */
    public Map<String, String> textMap(String key) {
        Settings s = section(key);
        Map<String, String> out = new LinkedHashMap<>();
        for (String k : s.keys()) {
            out.put(k, s.text(k));
        }
        return Map.copyOf(out);
    }

    /** A required map from names to lists of non-blank strings. */
    public Map<String, List<String>> textListMap(String key) {
        Settings s = section(key);
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String k : s.keys()) {
            out.put(k, s.texts(k));
        }
        return Map.copyOf(out);
    }

    /** A required sub-section. Its unknown keys are refused with this section's. */
    public Settings section(String key) {
        Object v = required(key);
        if (!(v instanceof Map<?, ?> m)) {
            throw problem(key, v, "is not a section of keys and values");
        }
        @SuppressWarnings("unchecked")
        Settings child = new Settings(pathOf(key), (Map<String, Object>) m);
        children.add(child);
        return child;
    }

    /**
     * Refuses a key that nobody asked for (in this section or the sections taken from it), naming the
     * key and the nearest known one.
     *
     * @throws PolicyException for the first unknown key
     */
    public void rejectUnknown() {
        for (String k : tree.keySet()) {
            if (!asked.contains(k)) {
                throw new PolicyException(pathOf(k), null, "is not a known key" + Suggestion.nearest(k, asked)
                        .map(s -> "; did you mean '" + s + "'?").orElse(" here (known: " + String.join(", ", asked) + ")"));
            }
        }
        for (Settings child : children) {
            child.rejectUnknown();
        }
    }

    /** A problem with the value of {@code key}, for checks that validate further. */
    public PolicyException problem(String key, Object value, String what) {
        return new PolicyException(pathOf(key), value, what);
    }

    void markKnown(Collection<String> keys) {
        asked.addAll(keys);
    }

    Object raw(String key) {
        asked.add(key);
        return tree.get(key);
    }

    private Object required(String key) {
        asked.add(key);
        Object v = tree.get(key);
        if (v == null) {
            throw new PolicyException(pathOf(key), null, "is missing");
        }
        return v;
    }

    @SuppressWarnings("unchecked")
    private List<Object> list(String key) {
        Object v = required(key);
        if (!(v instanceof List<?> l)) {
            throw problem(key, v, "is not a list");
        }
        return (List<Object>) l;
    }

    static <E extends Enum<E>> E choice(String path, Object v, Class<E> type) {
        if (v instanceof String s) {
            String name = s.strip().toUpperCase(Locale.ROOT).replace('-', '_');
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(name)) {
                    return e;
                }
            }
        }
        List<String> names = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            names.add(e.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        throw new PolicyException(path, v, "is not one of " + String.join(", ", names));
    }
}
