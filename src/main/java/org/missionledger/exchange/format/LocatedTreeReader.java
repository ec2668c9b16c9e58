package org.missionledger.exchange.format;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.function.Consumer;
import org.missionledger.exchange.api.ImportProblem;

/**
 * Reads one value from a streaming parser into a tree, remembering the line where every value (and every object key)
 * starts. Numbers keep their exact decimal form; a key given twice in one object is a problem, not a silent overwrite.
 */
final class LocatedTreeReader {

    static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private LocatedTreeReader() {}

    /** Reads the value whose first token is the parser's current token. */
    static JsonNode read(JsonParser parser, String path, Locations locations, Consumer<ImportProblem> problems)
            throws IOException {
        JsonToken token = parser.currentToken();
        locations.put(path, line(parser));
        switch (token) {
            case START_OBJECT -> {
                ObjectNode object = NODES.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    String child = JsonPaths.field(path, name);
                    int keyLine = line(parser);
                    parser.nextToken();
                    if (object.has(name)) {
                        problems.accept(new ImportProblem(
                                keyLine, child, "syntax", "the key '" + name + "' is given twice in the same object"));
                        parser.skipChildren();
                        continue;
                    }
                    locations.put(child, keyLine);
                    object.set(name, read(parser, child, locations, problems));
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                int index = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(read(parser, JsonPaths.index(path, index++), locations, problems));
                }
                return array;
            }
            case VALUE_STRING -> {
                return NODES.textNode(parser.getText());
            }
            case VALUE_NUMBER_INT -> {
                return switch (parser.getNumberType()) {
                    case INT -> NODES.numberNode(parser.getIntValue());
                    case LONG -> NODES.numberNode(parser.getLongValue());
                    default -> NODES.numberNode(parser.getBigIntegerValue());
                };
            }
            case VALUE_NUMBER_FLOAT -> {
                return NODES.numberNode(parser.getDecimalValue());
            }
            case VALUE_TRUE -> {
                return NODES.booleanNode(true);
            }
            case VALUE_FALSE -> {
                return NODES.booleanNode(false);
            }
            case VALUE_NULL -> {
                return NODES.nullNode();
            }
            default -> {
                problems.accept(new ImportProblem(line(parser), path, "syntax", "unexpected " + token));
                parser.skipChildren();
                return NODES.nullNode();
            }
        }
    }

    static int line(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }
}
