package org.missionledger.exchange.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.missionledger.exchange.api.ImportProblem;

/**
 * The import format's JSON Schema ({@code docs/import-format.schema.json}, shipped in the jar), applied piece by piece
 * as the file streams: the header against the whole-document schema, each record against its definition.
 */
public final class ImportSchema {

    public static final String LOCATION = "classpath:exchange/import-format.schema.json";

    private final JsonSchema document;
    private final JsonSchema mission;
    private final JsonSchema indicator;
    private final JsonSchema source;

    public ImportSchema() {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        SchemaValidatorsConfig config =
                SchemaValidatorsConfig.builder().pathType(PathType.JSON_PATH).build();
        this.document = factory.getSchema(SchemaLocation.of(LOCATION), config);
        this.mission = factory.getSchema(SchemaLocation.of(LOCATION + "#/$defs/mission"), config);
        this.indicator = factory.getSchema(SchemaLocation.of(LOCATION + "#/$defs/indicator"), config);
        this.source = factory.getSchema(SchemaLocation.of(LOCATION + "#/$defs/source"), config);
        document.initializeValidators();
        mission.initializeValidators();
        indicator.initializeValidators();
        source.initializeValidators();
    }

    /** Checks the document's header (format, version, description, sources), given as one object. */
    public List<ImportProblem> checkHeader(JsonNode header, Locations locations) {
        return problems(document.validate(header), JsonPaths.ROOT, locations);
    }

    /** Checks one record; {@code path} is where the record sits in the file, e.g. {@code $.missions[3]}. */
    public List<ImportProblem> checkRecord(AggregateKind kind, JsonNode record, String path, Locations locations) {
        JsonSchema schema = kind == AggregateKind.MISSION ? mission : indicator;
        return problems(schema.validate(record), path, locations);
    }

    /** Checks one source object (as built from a CSV row). */
    public List<ImportProblem> checkSource(JsonNode node, String path, Locations locations) {
        return problems(source.validate(node), path, locations);
    }

    private static List<ImportProblem> problems(
            java.util.Set<ValidationMessage> messages, String base, Locations locations) {
        List<ImportProblem> problems = new ArrayList<>();
        for (ValidationMessage message : messages) {
            String path = path(base, message.getInstanceLocation());
            if (("additionalProperties".equals(message.getType()) || "required".equals(message.getType()))
                    && message.getProperty() != null) {
                path = JsonPaths.field(path, message.getProperty());
            }
            problems.add(new ImportProblem(locations.lineOf(path), path, "schema", describe(message)));
        }
        problems.sort(Comparator.comparing((ImportProblem p) -> p.line() == null ? 0 : p.line())
                .thenComparing(ImportProblem::path));
        return problems;
    }

    private static String describe(ValidationMessage message) {
        return switch (message.getType()) {
            case "additionalProperties" -> "'" + message.getProperty() + "' is not allowed here";
            case "required" -> "'" + message.getProperty() + "' is required";
            case "maxProperties", "minProperties" -> message.getInstanceNode() != null
                            && message.getInstanceNode().isObject()
                            && message.getEvaluationPath().toString().contains("Entry")
                    ? "a history entry must be an object with exactly one key, its type"
                    : message.getError();
            case "pattern" -> PATTERN_MESSAGES.getOrDefault(
                    message.getArguments() != null && message.getArguments().length > 0
                            ? String.valueOf(message.getArguments()[0])
                            : "",
                    message.getError());
            default -> message.getError();
        };
    }

    /** What each pattern of the schema means, in the words the commands' own validation uses. */
    private static final java.util.Map<String, String> PATTERN_MESSAGES = java.util.Map.of(
            "^" + org.missionledger.common.api.Text.ID + "$",
            org.missionledger.common.api.Text.ID_MESSAGE,
            "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
            "must be a date like 2025-03-01",
            "^https?://[^\\s]+$",
            "must be an http or https URL",
            "^[0-9a-fA-F]{64}$",
            "must be 64 hex characters (SHA-256)",
            "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?(Z|[+-][0-9]{2}:[0-9]{2})$",
            "must be an ISO-8601 instant such as 2024-12-05T10:15:00Z",
            "^[0-9A-Za-z/-]+$",
            "must be a period such as 2024, 2024/25, 2024-Q1, 2024-03, 2024-W05 or 2024-03-31");

    private static String path(String base, JsonNodePath location) {
        String path = base;
        for (int i = 0; i < location.getNameCount(); i++) {
            Object element = location.getElement(i);
            path = element instanceof Integer index
                    ? JsonPaths.index(path, index)
                    : JsonPaths.field(path, String.valueOf(element));
        }
        return path;
    }
}
