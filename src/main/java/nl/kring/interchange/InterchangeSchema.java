package nl.kring.interchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.NonValidationKeyword;
import com.networknt.schema.path.NodePath;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * The structural check of an interchange file against {@code interchange.schema.json} (JSON Schema draft 2020-12),
 * done before the domain checks of {@link InterchangeReader}. Each failed keyword becomes one plain line: the field's
 * path as the reader names it ({@code cases[0].client.surname}) and what is wrong, in the words the schema's own
 * {@code errorMessage} gives for that keyword or else a general one.
 */
public final class InterchangeSchema {
    /** The schema on the class path; docs/interchange.md links the file in the source tree. */
    public static final String RESOURCE = "/nl/kring/interchange/interchange.schema.json";
    private static final int MAX_VALUE_SHOWN = 60;
    /** More than the command line shows (20); enough for a chair to see the pattern of what is wrong. */
    static final int MAX_PROBLEMS = 100;

    /** One structural problem: the field's path ({@code ""} for the whole file) and the message. */
    public record Problem(String path, String message) {
    }

    private InterchangeSchema() {
    }

    private static final class Loaded {
        static final JsonNode TREE;
        static final Schema SCHEMA;

        static {
            try (InputStream in = InterchangeSchema.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the interchange schema is missing from the application");
                }
                TREE = new ObjectMapper().readTree(in);
            } catch (IOException e) {
                throw new UncheckedIOException("the interchange schema cannot be read", e);
            }
            SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
            // draft 2020-12, plus the schema's own errorMessage keyword (words only, nothing to validate)
            Dialect dialect = Dialect.builder(Dialects.getDraft202012())
                    .keyword(new NonValidationKeyword("errorMessage")).build();
            SCHEMA = SchemaRegistry.withDefaultDialect(dialect, b -> b.schemaRegistryConfig(config)).getSchema(TREE);
        }
    }

    /** The schema itself, as JSON (for tests and the docs). */
    public static JsonNode tree() {
        return Loaded.TREE;
    }

    /**
     * Every structural problem of the file in the order of the schema's evaluation, one per field: a date like
     * {@code 10-12-2026} fails both its pattern and its format, and is named once.
     */
    public static List<Problem> check(JsonNode root) {
        Capped errors = new Capped();
        Loaded.SCHEMA.validate(root, (ExecutionContext context) -> {
            errors.context = context;
            context.setErrors(errors);
        });
        Map<String, Problem> byPath = new LinkedHashMap<>();
        for (Error e : errors) {
            Problem p = problem(e);
            byPath.putIfAbsent(p.path(), p);
        }
        if (errors.full()) {
            byPath.putIfAbsent("", new Problem("", "the structural check stopped after " + MAX_PROBLEMS
                    + " problems; there are more"));
        }
        return List.copyOf(byPath.values());
    }

    /**
     * The validator's error list, kept to {@link #MAX_PROBLEMS}: a file of six million numbers where partners belong
     * has six million errors, and the heap would not hold them. When full, the check stops (the validator's fail-fast:
     * its next error ends the evaluation; this list keeps what it had).
     */
    private static final class Capped extends ArrayList<Error> {
        ExecutionContext context;

        @Override
        public boolean add(Error e) {
            if (full()) {
                return false;
            }
            super.add(e);
            if (full()) {
                context.setFailFast(true);
            }
            return true;
        }

        boolean full() {
            return size() >= MAX_PROBLEMS;
        }
    }

    private static Problem problem(Error e) {
        String keyword = e.getKeyword();
        String path = path(e.getInstanceLocation());
        JsonNode value = e.getInstanceNode();
        JsonNode subschema = subschema(e);
        switch (keyword) {
            case "required" -> {
                return new Problem(child(path, e.getProperty()), "is required");
            }
            case "additionalProperties" -> {
                return new Problem(child(path, e.getProperty()), custom(subschema, keyword, null).orElse("unknown field"));
            }
            case "type", "enum" -> {
                // null where null is not allowed: a required field (an optional one allows null in its type or enum)
                if ((value == null || value.isNull()) && !path.isEmpty() && !path.endsWith("]")) {
                    return new Problem(path, "is required");
                }
            }
            default -> {
            }
        }
        String message = custom(subschema, keyword, value).orElseGet(() -> general(keyword, value, subschema, e));
        return new Problem(path, message);
    }

    /** The schema's own words for this keyword ({@code errorMessage}), with {value} and {text} filled in. */
    private static Optional<String> custom(JsonNode subschema, String keyword, JsonNode value) {
        JsonNode m = subschema == null ? null : subschema.path("errorMessage").get(keyword);
        if (m == null || !m.isTextual()) {
            return Optional.empty();
        }
        return Optional.of(m.asText().replace("{value}", shown(value))
                .replace("{text}", value != null && value.isTextual() ? cut(value.asText()) : shown(value)));
    }

    private static String general(String keyword, JsonNode value, JsonNode subschema, Error e) {
        JsonNode rule = subschema == null ? null : subschema.get(keyword);
        return switch (keyword) {
            case "type" -> switch (expectedType(rule)) {
                case "string" -> shown(value) + " is not a text";
                case "array" -> "must be a list";
                case "object" -> "must be an object";
                case "boolean" -> shown(value) + " is not true or false";
                case "integer" -> shown(value) + " is not a whole number";
                default -> shown(value) + " has the wrong type";
            };
            case "enum" -> shown(value) + " is not one of " + allowed(rule);
            case "maxLength" -> "is longer than " + (rule == null ? "allowed" : rule.asInt() + " characters");
            case "minItems" -> "must not be empty";
            case "minimum", "maximum" -> shown(value) + " is not from " + subschema.path("minimum").asText("?") + " to "
                    + subschema.path("maximum").asText("?");
            case "format" -> shown(value) + " is not a real date";
            default -> e.getMessage();
        };
    }

    private static String expectedType(JsonNode rule) {
        if (rule == null) {
            return "";
        }
        if (rule.isTextual()) {
            return rule.asText();
        }
        return StreamSupport.stream(rule.spliterator(), false).map(JsonNode::asText).filter(t -> !t.equals("null"))
                .findFirst().orElse("");
    }

    private static String allowed(JsonNode rule) {
        if (rule == null) {
            return "the allowed values";
        }
        return StreamSupport.stream(rule.spliterator(), false).filter(n -> !n.isNull()).map(JsonNode::asText)
                .collect(Collectors.joining(", ", "[", "]"));
    }

    /** The value as JSON, cut short: a line names the value, it does not repeat a long text. */
    private static String shown(JsonNode value) {
        return value == null ? "null" : cut(value.toString());
    }

    private static String cut(String s) {
        return s.length() <= MAX_VALUE_SHOWN ? s : s.substring(0, MAX_VALUE_SHOWN) + "…";
    }

    /** The schema object holding the failed keyword, looked up by its location ({@code #/$defs/date/pattern}). */
    private static JsonNode subschema(Error e) {
        NodePath fragment = e.getSchemaLocation().getFragment();
        JsonNode n = Loaded.TREE;
        for (int i = 0; i < fragment.getNameCount() - 1 && n != null; i++) {
            Object element = fragment.getElement(i);
            n = element instanceof Integer index ? n.get(index) : n.get(element.toString());
        }
        return n;
    }

    /** A path as the reader writes it: {@code cases[0].client.surname}; the file itself is {@code ""}. */
    static String path(NodePath location) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < location.getNameCount(); i++) {
            Object element = location.getElement(i);
            if (element instanceof Integer index) {
                sb.append('[').append(index).append(']');
            } else {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(element);
            }
        }
        return sb.toString();
    }

    private static String child(String path, String property) {
        return property == null ? path : path.isEmpty() ? property : path + "." + property;
    }
}
