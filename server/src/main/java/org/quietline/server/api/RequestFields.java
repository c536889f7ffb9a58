package org.quietline.server.api;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quietline.number.InvalidNumberException;
import org.quietline.number.PhoneNumber;
import org.quietline.number.Sender;
import tools.jackson.databind.JsonNode;

/**
 * The fields of one JSON request object, read one by one into domain types while every problem is
 * collected, so that a client learns about all bad fields at once. Read each field, then call
 * {@link #validate()}; the {@code Optional}s are present for every field read without a problem.
 *
 * <p>Numbers are parsed here, at the edge, once (STYLE: parse once, then pass types). Not thread-safe:
 * one instance per request.
 */
public final class RequestFields {

    private final JsonNode object;
    private final List<FieldProblem> problems = new ArrayList<>();

    RequestFields(JsonNode object) {
        this.object = object;
    }

    /** A string field that must be present (it may be empty). */
    public Optional<String> requiredString(String field) {
        JsonNode node = object.get(field);
        if (node == null || node.isNull()) {
            return problem(field, "MISSING", field + " is required");
        }
        if (!node.isString()) {
            return problem(field, "WRONG_TYPE", field + " must be a string, was " + typeOf(node));
        }
        return Optional.of(node.stringValue());
    }

    /** A string field that may be absent or null. */
    public Optional<String> optionalString(String field) {
        JsonNode node = object.get(field);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        return requiredString(field);
    }

    /** A required string of at most {@code maxLength} UTF-16 characters. */
    public Optional<String> requiredString(String field, int maxLength) {
        return requiredString(field).flatMap(s -> s.length() <= maxLength ? Optional.of(s)
                : problem(field, "TOO_LONG", field + " has " + s.length() + " characters; at most " + maxLength
                        + " are accepted"));
    }

    /** A list of strings that may be absent (then empty); every element must be a string. */
    public Optional<List<String>> optionalStrings(String field) {
        JsonNode node = object.get(field);
        if (node == null || node.isNull()) {
            return Optional.of(List.of());
        }
        if (!node.isArray()) {
            return problem(field, "WRONG_TYPE", field + " must be an array of strings, was " + typeOf(node));
        }
        List<String> values = new ArrayList<>();
        for (JsonNode element : node) {
            if (!element.isString()) {
                return problem(field, "WRONG_TYPE", field + " must hold only strings, holds " + typeOf(element));
            }
            values.add(element.stringValue());
        }
        return Optional.of(List.copyOf(values));
    }

    /** A required sender: a service port, short code, alphanumeric ID or phone number. */
    public Optional<Sender> sender(String field) {
        return requiredString(field).flatMap(s -> parsed(field, () -> Sender.parse(s)));
    }

    /** A required phone number, read in China when it has no country code. */
    public Optional<PhoneNumber> phoneNumber(String field) {
        return requiredString(field).flatMap(s -> parsed(field, () -> PhoneNumber.parse(s)));
    }

    /** An optional boolean field; empty when absent or null. */
    public Optional<Boolean> optionalBoolean(String field) {
        JsonNode node = object.get(field);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isBoolean()) {
            return problem(field, "WRONG_TYPE", field + " must be true or false, was " + typeOf(node));
        }
        return Optional.of(node.booleanValue());
    }

    /** An optional ISO-8601 instant with an offset ({@code 2026-11-11T20:00:00+08:00} or {@code …Z}). */
    public Optional<Instant> optionalInstant(String field) {
        return optionalString(field).flatMap(s -> {
            try {
                return Optional.of(OffsetDateTime.parse(s).toInstant());
            } catch (DateTimeParseException e) {
                return problem(field, "NOT_A_TIME", field + " must be an ISO-8601 time with an offset,"
                        + " such as 2026-11-11T20:00:00+08:00");
            }
        });
    }

    /**
     * A required array of at most {@code maxItems} strings (possibly empty). An element that is not a string
     * is one problem naming its index.
     */
    public Optional<List<String>> requiredStrings(String field, int maxItems) {
        JsonNode node = object.get(field);
        if (node == null || node.isNull()) {
            return problem(field, "MISSING", field + " is required");
        }
        if (!node.isArray()) {
            return problem(field, "WRONG_TYPE", field + " must be an array of strings, was " + typeOf(node));
        }
        if (node.size() > maxItems) {
            return problem(field, "TOO_MANY", field + " has " + node.size() + " items; at most " + maxItems
                    + " are accepted");
        }
        List<String> out = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            JsonNode e = node.get(i);
            if (!e.isString()) {
                return problem(field + "[" + i + "]", "WRONG_TYPE", "must be a string, was " + typeOf(e));
            }
            out.add(e.stringValue());
        }
        return Optional.of(out);
    }

    /** A required ISO-8601 instant with an offset. */
    public Optional<Instant> requiredInstant(String field) {
        if (object.get(field) == null || object.get(field).isNull()) {
            return problem(field, "MISSING", field + " is required");
        }
        return optionalInstant(field);
    }

    /** An optional whole number between {@code min} and {@code max}; empty when absent or null. */
    public Optional<Long> optionalLong(String field, long min, long max) {
        JsonNode node = object.get(field);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isIntegralNumber()) {
            return problem(field, "WRONG_TYPE", field + " must be a whole number, was " + typeOf(node));
        }
        long v = node.longValue();
        return v >= min && v <= max ? Optional.of(v)
                : problem(field, "OUT_OF_RANGE", field + " must lie between " + min + " and " + max);
    }

    /**
     * A required array of at most {@code maxItems} objects, each read as its own fields: the rows of a batch,
     * which the caller checks one by one (a bad row is then counted and reported, not the whole batch refused).
     */
    public Optional<List<RequestFields>> requiredObjects(String field, int maxItems) {
        JsonNode node = object.get(field);
        if (node == null || node.isNull()) {
            return problem(field, "MISSING", field + " is required");
        }
        if (!node.isArray()) {
            return problem(field, "WRONG_TYPE", field + " must be an array of objects, was " + typeOf(node));
        }
        if (node.size() > maxItems) {
            return problem(field, "TOO_MANY", field + " has " + node.size() + " items; at most " + maxItems
                    + " are accepted");
        }
        List<RequestFields> rows = new ArrayList<>(node.size());
        for (JsonNode e : node) {
            rows.add(new RequestFields(e.isObject() ? e : tools.jackson.databind.node.JsonNodeFactory.instance.objectNode()));
            if (!e.isObject()) {
                rows.getLast().problems.add(new FieldProblem(FieldProblem.BODY, "WRONG_TYPE", "a row must be an object, was " + typeOf(e)));
            }
        }
        return Optional.of(rows);
    }

    /** The problems found so far (for a batch row, which is counted rather than refused). */
    public List<FieldProblem> problems() {
        return List.copyOf(problems);
    }

    /** Whether the body (or row) has {@code field}. */
    public boolean has(String field) {
        return object.has(field);
    }

    /** Records a problem for every field not in {@code known}, so that a misspelt field is not silently ignored. */
    public void rejectUnknown(Set<String> known) {
        for (String name : object.propertyNames()) {
            if (!known.contains(name)) {
                problems.add(new FieldProblem(printable(name), "UNKNOWN_FIELD", "unknown field; the fields are "
                        + known.stream().sorted().toList()));
            }
        }
    }

    /**
     * Ends reading.
     *
     * @throws InvalidRequestException listing every problem found, if any was
     */
    public void validate() {
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
    }

    private interface Parse<T> {
        T run();
    }

    private <T> Optional<T> parsed(String field, Parse<T> parse) {
        try {
            return Optional.of(parse.run());
        } catch (InvalidNumberException e) {
            // The exception's message holds only a masked excerpt of the input (see its contract).
            return problem(field, e.problem().name(), e.getMessage());
        }
    }

    private <T> Optional<T> problem(String field, String code, String detail) {
        problems.add(new FieldProblem(field, code, detail));
        return Optional.empty();
    }

    static String typeOf(JsonNode node) {
        return switch (node.getNodeType()) {
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case NULL -> "null";
            default -> "something else";
        };
    }

    /**
     * A client's field name, bounded and with digits after the third hidden: a client that sends a
     * number as a field name must not find it whole in a problem that may be logged.
     */
    private static String printable(String name) {
        String cut = name.length() > 40 ? name.substring(0, 40) + "…" : name;
        StringBuilder out = new StringBuilder();
        int digits = 0;
        for (int i = 0; i < cut.length(); i++) {
            char c = cut.charAt(i);
            boolean digit = Character.isDigit(c);
            digits += digit ? 1 : 0;
            out.append(digit && digits > 3 ? '*' : Character.isISOControl(c) ? '?' : c);
        }
        return out.toString();
    }
}
