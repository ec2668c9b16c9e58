package org.missionledger.exchange.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import org.missionledger.exchange.api.ImportProblem;

/**
 * Streams an import document (YAML or JSON) record by record: only one mission or indicator is held in memory at a
 * time. The header ({@code format}, {@code version}, {@code description}) and {@code sources} must come before the
 * records; they are handed over as one object when the first record section starts.
 */
public final class ImportDocumentReader {

    public static final String FORMAT = "mission-ledger/import";
    public static final int VERSION = 1;

    private static final Set<String> HEADER_KEYS = Set.of("format", "version", "description", "sources");

    /** What the reader finds, in file order. */
    public interface Visitor {

        /** The header, checked by the caller; return false to stop reading (e.g. not this format at all). */
        boolean header(ObjectNode header, Locations locations);

        /** One record; {@code path} is e.g. {@code $.missions[3]}. */
        void record(AggregateKind kind, int index, String path, JsonNode record, Locations locations);

        void problem(ImportProblem problem);
    }

    private ImportDocumentReader() {}

    static JsonFactory factory(InputFormat format) {
        JsonFactory factory = format == InputFormat.YAML ? new YAMLFactory() : new JsonFactory();
        factory.setStreamReadConstraints(StreamReadConstraints.builder()
                .maxStringLength(1_000_000)
                .maxNestingDepth(64)
                .build());
        return factory;
    }

    /** Reads the whole document, calling the visitor as it goes. */
    public static void read(InputStream in, InputFormat format, Visitor visitor) throws IOException {
        if (format == InputFormat.CSV) {
            throw new IllegalArgumentException("CSV files are read by ReadingsCsvReader");
        }
        try (JsonParser parser = factory(format).createParser(in)) {
            try {
                readDocument(parser, visitor);
            } catch (JsonProcessingException e) {
                JsonLocation at = e.getLocation();
                visitor.problem(new ImportProblem(
                        at == null ? null : at.getLineNr(),
                        JsonPaths.ROOT,
                        "syntax",
                        "the file is not well-formed " + format + ": " + e.getOriginalMessage()));
            }
        }
    }

    private static void readDocument(JsonParser parser, Visitor visitor) throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            visitor.problem(new ImportProblem(1, JsonPaths.ROOT, "syntax", "the file is empty"));
            return;
        }
        if (first != JsonToken.START_OBJECT) {
            visitor.problem(new ImportProblem(
                    LocatedTreeReader.line(parser),
                    JsonPaths.ROOT,
                    "format",
                    "the file must be one object with 'format: " + FORMAT + "' and 'version: " + VERSION + "'"));
            return;
        }
        ObjectNode header = LocatedTreeReader.NODES.objectNode();
        Locations headerLocations = Locations.of(JsonPaths.ROOT, LocatedTreeReader.line(parser));
        boolean headerDone = false;
        boolean[] seen = new boolean[AggregateKind.values().length];
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            String path = JsonPaths.field(JsonPaths.ROOT, key);
            int line = LocatedTreeReader.line(parser);
            parser.nextToken();
            AggregateKind kind = section(key);
            if (kind != null) {
                if (!headerDone) {
                    headerDone = true;
                    if (!visitor.header(header, headerLocations)) {
                        return;
                    }
                }
                if (seen[kind.ordinal()]) {
                    visitor.problem(new ImportProblem(line, path, "syntax", "'" + key + "' is given twice"));
                    parser.skipChildren();
                    continue;
                }
                seen[kind.ordinal()] = true;
                readRecords(parser, kind, path, line, visitor);
            } else if (HEADER_KEYS.contains(key)) {
                if (headerDone) {
                    visitor.problem(new ImportProblem(
                            line, path, "format", "'" + key + "' must come before 'indicators' and 'missions'"));
                    parser.skipChildren();
                } else if (header.has(key)) {
                    visitor.problem(new ImportProblem(line, path, "syntax", "'" + key + "' is given twice"));
                    parser.skipChildren();
                } else {
                    headerLocations.put(path, line);
                    header.set(key, LocatedTreeReader.read(parser, path, headerLocations, visitor::problem));
                }
            } else {
                visitor.problem(new ImportProblem(line, path, "schema", "'" + key + "' is not allowed here"));
                parser.skipChildren();
            }
        }
        if (!headerDone) {
            visitor.header(header, headerLocations);
        }
        if (parser.nextToken() != null) {
            visitor.problem(new ImportProblem(
                    LocatedTreeReader.line(parser), JsonPaths.ROOT, "syntax", "unexpected content after the document"));
        }
    }

    private static void readRecords(JsonParser parser, AggregateKind kind, String path, int line, Visitor visitor)
            throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return;
        }
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            visitor.problem(new ImportProblem(line, path, "schema", "'" + kind.section() + "' must be a list"));
            parser.skipChildren();
            return;
        }
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            String recordPath = JsonPaths.index(path, index);
            Locations locations = new Locations();
            JsonNode record = LocatedTreeReader.read(parser, recordPath, locations, visitor::problem);
            visitor.record(kind, index, recordPath, record, locations);
            index++;
        }
    }

    private static AggregateKind section(String key) {
        for (AggregateKind kind : AggregateKind.values()) {
            if (kind.section().equals(key)) {
                return kind;
            }
        }
        return null;
    }
}
