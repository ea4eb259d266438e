package nl.kring.interchange;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

/** A JSON tree that remembers the line of every value, so an error can say where in the file it is. */
public final class LocatedJson {
    private static final int MAX_DEPTH = 64;
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
            .build();

    private final JsonNode root;
    private final Map<String, Integer> lines;

    private LocatedJson(JsonNode root, Map<String, Integer> lines) {
        this.root = root;
        this.lines = lines;
    }

    public JsonNode root() {
        return root;
    }

    public int line(String path) {
        return lines.getOrDefault(path, 0);
    }

    public static LocatedJson parse(InputStream in) throws IOException {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser p = FACTORY.createParser(in)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new IOException("the file is empty");
            }
            JsonNode root = read(p, "", lines);
            if (p.nextToken() != null) {
                throw new IOException("unexpected content after the JSON value at line " + p.currentLocation().getLineNr());
            }
            return new LocatedJson(root, lines);
        }
    }

    private static JsonNode read(JsonParser p, String path, Map<String, Integer> lines) throws IOException {
        lines.put(path, p.currentLocation().getLineNr());
        JsonNodeFactory f = JsonNodeFactory.instance;
        return switch (p.currentToken()) {
            case START_OBJECT -> {
                ObjectNode o = f.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    String childPath = path.isEmpty() ? name : path + "." + name;
                    if (o.has(name)) {
                        throw new IOException(childPath + ": appears twice (line " + p.currentLocation().getLineNr() + ")");
                    }
                    p.nextToken();
                    o.set(name, read(p, childPath, lines));
                }
                yield o;
            }
            case START_ARRAY -> {
                ArrayNode a = f.arrayNode();
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    a.add(read(p, path + "[" + i + "]", lines));
                    i++;
                }
                yield a;
            }
            case VALUE_STRING -> f.textNode(p.getText());
            case VALUE_NUMBER_INT -> f.numberNode(p.getBigIntegerValue());
            case VALUE_NUMBER_FLOAT -> f.numberNode(p.getDecimalValue());
            case VALUE_TRUE -> f.booleanNode(true);
            case VALUE_FALSE -> f.booleanNode(false);
            case VALUE_NULL -> f.nullNode();
            default -> throw new IOException("unexpected " + p.currentToken() + " at line " + p.currentLocation().getLineNr());
        };
    }
}
