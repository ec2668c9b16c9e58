package org.missionledger.exchange.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.missionledger.exchange.api.ImportProblem;

/**
 * The CSV form of readings: one first-published reading per row, under this header (the order is free; the optional
 * columns may be left out):
 *
 * <pre>indicatorId,period,value,publishedOn,vintage,sourceTitle,sourcePublisher,sourceUrl,sourcePublishedOn</pre>
 *
 * plus the optional {@code sourceContentSha256}, {@code sourceRetrievedAt} and {@code sourceArchivedUrl}. Each row becomes a {@code RecordReading}; an empty cell is "not given".
 * The import log keys a row by indicator and period.
 */
public final class ReadingsCsvReader {

    public static final List<String> HEADER = List.of(
            "indicatorId",
            "period",
            "value",
            "publishedOn",
            "vintage",
            "sourceTitle",
            "sourcePublisher",
            "sourceUrl",
            "sourcePublishedOn");

    private static final Set<String> REQUIRED =
            Set.of("indicatorId", "period", "value", "publishedOn", "sourceTitle", "sourcePublisher", "sourceUrl");
    private static final Set<String> OPTIONAL =
            Set.of("vintage", "sourcePublishedOn", "sourceContentSha256", "sourceRetrievedAt", "sourceArchivedUrl");

    private static final Map<String, String> COLUMN_OF = Map.of(
            "source.title", "sourceTitle",
            "source.publisher", "sourcePublisher",
            "source.url", "sourceUrl",
            "source.publishedOn", "sourcePublishedOn",
            "source.contentSha256", "sourceContentSha256",
            "source.retrievedAt", "sourceRetrievedAt",
            "source.archivedUrl", "sourceArchivedUrl",
            "source", "sourceUrl");

    private ReadingsCsvReader() {}

    /** Reads every row, handing each mapped reading (or its problems) over in file order. */
    public static void read(
            InputStream in, RecordMapper mapper, Consumer<PlannedEntry> readings, Consumer<ImportProblem> problems)
            throws IOException {
        CsvMapper csv = new CsvMapper();
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        try (CsvParser parser = csv.getFactory().createParser(in)) {
            parser.setSchema(schema);
            int row = 0;
            boolean headerChecked = false;
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token != JsonToken.START_OBJECT) {
                    continue;
                }
                int line = -1;
                if (!headerChecked) {
                    headerChecked = true;
                    List<ImportProblem> headerProblems = checkHeader(parser.getSchema());
                    if (!headerProblems.isEmpty()) {
                        headerProblems.forEach(problems);
                        return;
                    }
                }
                Map<String, String> cells = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    if (line < 0) {
                        line = parser.currentTokenLocation().getLineNr();
                    }
                    String column = parser.currentName();
                    parser.nextToken();
                    String value = parser.getText();
                    cells.put(column, value == null || value.isBlank() ? null : value.trim());
                }
                row++;
                List<ImportProblem> rowProblems = new ArrayList<>();
                mapRow(row, line, cells, mapper, rowProblems).ifPresent(readings);
                rowProblems.forEach(problems);
            }
            if (!headerChecked) {
                problems.accept(new ImportProblem(
                        1, "header", "syntax", "the file has no header row and no readings; expected " + HEADER));
            }
        } catch (JsonProcessingException e) {
            problems.accept(new ImportProblem(
                    e.getLocation() == null ? null : e.getLocation().getLineNr(),
                    "row",
                    "syntax",
                    "the file is not well-formed CSV: " + e.getOriginalMessage()));
        }
    }

    private static List<ImportProblem> checkHeader(CsvSchema schema) {
        List<ImportProblem> problems = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        schema.forEach(column -> columns.add(column.getName()));
        for (String column : columns) {
            if (!REQUIRED.contains(column) && !OPTIONAL.contains(column)) {
                problems.add(new ImportProblem(
                        1, column, "schema", "'" + column + "' is not a column of the readings CSV " + HEADER));
            }
        }
        for (String column : REQUIRED) {
            if (!columns.contains(column)) {
                problems.add(new ImportProblem(1, column, "schema", "the required column '" + column + "' is missing"));
            }
        }
        problems.sort(java.util.Comparator.comparing(ImportProblem::path));
        return problems;
    }

    private static Optional<PlannedEntry> mapRow(
            int row, int line, Map<String, String> cells, RecordMapper mapper, List<ImportProblem> problems) {
        ObjectNode node = LocatedTreeReader.NODES.objectNode();
        node.put("period", cells.get("period"));
        String value = cells.get("value");
        if (value != null) {
            try {
                node.put("value", new BigDecimal(value));
            } catch (NumberFormatException e) {
                problems.add(new ImportProblem(line, "value", "invalid", "must be a number like 95 or 13000.5"));
                return Optional.empty();
            }
        }
        node.put("publishedOn", cells.get("publishedOn"));
        node.put("vintage", cells.get("vintage"));
        ObjectNode source = node.putObject("source");
        source.put("title", cells.get("sourceTitle"));
        source.put("publisher", cells.get("sourcePublisher"));
        source.put("url", cells.get("sourceUrl"));
        source.put("publishedOn", cells.get("sourcePublishedOn"));
        source.put("contentSha256", cells.get("sourceContentSha256"));
        source.put("retrievedAt", cells.get("sourceRetrievedAt"));
        source.put("archivedUrl", cells.get("sourceArchivedUrl"));
        Function<String, String> columns =
                property -> property.isEmpty() ? "row" : COLUMN_OF.getOrDefault(property, property);
        Locations rowLocations = Locations.constant(line);
        String indicatorId = cells.get("indicatorId");
        Optional<Record> command =
                mapper.command(EntryKind.READING, node, indicatorId, columns, rowLocations, problems);
        if (command.isEmpty() || !problems.isEmpty()) {
            return Optional.empty();
        }
        String period = cells.get("period");
        return Optional.of(new PlannedEntry(
                row,
                EntryKind.READING,
                "row " + row,
                line,
                command.get(),
                null,
                indicatorId + "#reading:" + period,
                mapper.fingerprint(EntryKind.READING, command.get())));
    }
}
