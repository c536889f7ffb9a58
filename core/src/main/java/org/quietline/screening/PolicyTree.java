package org.quietline.screening;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The plain trees policies arrive as (what SnakeYAML or Jackson yield): copied into unmodifiable maps and
 * lists with string keys, with anything else refused by path, and merged (operator overrides on top of
 * the shipped defaults).
 */
final class PolicyTree {

    private PolicyTree() {
    }

    /** A checked, unmodifiable copy of a map node. */
    static Map<String, Object> copyMap(String path, Object node) {
        if (!(node instanceof Map<?, ?> map)) {
            throw new PolicyException(path, describe(node), "is not a section of keys and values");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!(e.getKey() instanceof String key) || key.isBlank()) {
                throw new PolicyException(path, e.getKey(), "is not a valid key (keys are non-empty texts)");
            }
            String childPath = path.isEmpty() ? key : path + "." + key;
            out.put(key, copy(childPath, e.getValue()));
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    private static Object copy(String path, Object node) {
        if (node == null || node instanceof String || node instanceof Boolean) {
            return node;
        }
        if (node instanceof Number n) {
            if (node instanceof Integer || node instanceof Long || node instanceof Short || node instanceof Byte) {
                return n.longValue();
            }
            return n.doubleValue();
        }
        if (node instanceof Map<?, ?>) {
            return copyMap(path, node);
        }
        if (node instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) {
                out.add(copy(path + "[" + i + "]", list.get(i)));
            }
            return java.util.Collections.unmodifiableList(out);
        }
        throw new PolicyException(path, describe(node),
                "is neither a text, a number, a yes/no, a list nor a section");
    }

    /**
     * {@code overrides} laid over {@code defaults}: sections merge key by key, anything else (texts,
     * numbers, lists) is replaced, and a key set to null (YAML {@code ~}) is removed.
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> merge(Map<String, Object> defaults, Map<String, Object> overrides) {
        Map<String, Object> out = new LinkedHashMap<>(defaults);
        for (Map.Entry<String, Object> e : overrides.entrySet()) {
            Object over = e.getValue();
            Object base = out.get(e.getKey());
            if (over == null) {
                out.remove(e.getKey());
            } else if (base instanceof Map<?, ?> b && over instanceof Map<?, ?> o) {
                out.put(e.getKey(), merge((Map<String, Object>) b, (Map<String, Object>) o));
            } else {
                out.put(e.getKey(), over);
            }
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    private static String describe(Object node) {
        return node == null ? "nothing" : node.getClass().getSimpleName();
    }
}
