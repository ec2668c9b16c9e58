package org.missionledger.exchange.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.missionledger.common.api.Source;
import org.missionledger.exchange.api.ImportProblem;
import org.missionledger.platform.axon.EventJson;

/**
 * Turns the parts of an import file into commands: the header's sources, then each record's entries. Every entry goes
 * through the format's JSON Schema, then becomes the exact command record a recorder would send, then passes the same
 * Bean Validation the command bus applies. Problems carry the file path and line they point at.
 */
public final class RecordMapper {

    private static final String ENTRY_PLACEHOLDER = "entry:";

    private final ImportSchema schema;
    private final Validator validator;
    private final ObjectMapper reader;
    private final ObjectMapper canonical = EventJson.eventMapper();
    private final Map<String, Source> sources = new HashMap<>();

    public RecordMapper(ImportSchema schema, Validator validator) {
        this.schema = schema;
        this.validator = validator;
        this.reader = EventJson.eventMapper()
                .copy()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    }

    /** Outcome of checking the header: problems, and whether the file is this format at all (else stop). */
    public record HeaderCheck(boolean recognised, List<ImportProblem> problems) {}

    /** Checks the header and takes in its sources. */
    public HeaderCheck header(ObjectNode header, Locations locations) {
        List<ImportProblem> problems = new ArrayList<>();
        JsonNode format = header.get("format");
        JsonNode version = header.get("version");
        if (format == null || !format.isTextual() || !ImportDocumentReader.FORMAT.equals(format.asText())) {
            String path = JsonPaths.field(JsonPaths.ROOT, "format");
            problems.add(new ImportProblem(
                    locations.lineOf(path),
                    path,
                    "format",
                    "this is not a Mission Ledger import file: it needs 'format: " + ImportDocumentReader.FORMAT
                            + "' before its records"));
            return new HeaderCheck(false, problems);
        }
        if (version == null || !version.isIntegralNumber() || version.asInt() != ImportDocumentReader.VERSION) {
            String path = JsonPaths.field(JsonPaths.ROOT, "version");
            problems.add(new ImportProblem(
                    locations.lineOf(path),
                    path,
                    "format",
                    "version " + (version == null ? "(missing)" : version.toString())
                            + " is not supported; this ledger reads version " + ImportDocumentReader.VERSION));
            return new HeaderCheck(false, problems);
        }
        List<ImportProblem> schemaProblems = schema.checkHeader(header, locations);
        problems.addAll(schemaProblems);
        JsonNode declared = header.get("sources");
        if (declared != null && declared.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = declared.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String path = JsonPaths.field(JsonPaths.field(JsonPaths.ROOT, "sources"), field.getKey());
                boolean schemaChecked = schemaProblems.stream().noneMatch(p -> within(p.path(), path));
                Function<String, String> paths = property -> JsonPaths.property(path, property);
                // An invalid source is still taken in (its problems are reported here, once), so that the entries
                // citing it are checked for everything else.
                toValue(field.getValue(), Source.class, paths, locations, problems)
                        .ifPresent(source -> {
                            if (schemaChecked) {
                                violations(source, paths, locations, problems, false);
                            }
                            sources.put(field.getKey(), source);
                        });
            }
        }
        return new HeaderCheck(true, problems);
    }

    /**
     * A mapped record, or the problems that kept it from being mapped.
     *
     * @param record the record, when it mapped without a problem
     * @param problems every problem found
     * @param checkablePrefix the entries from the start up to the first that could not be mapped (the whole record when
     *     it mapped): what a dry run can still check
     */
    public record Mapped(PlannedRecord record, List<ImportProblem> problems, PlannedRecord checkablePrefix) {
        public boolean ok() {
            return record != null;
        }
    }

    /**
     * Maps one record of the file. Schema problems come first; every entry without a schema problem of its own is still
     * mapped and validated, so that one pass reports as much as possible.
     */
    public Mapped map(AggregateKind kind, String path, JsonNode record, Locations locations) {
        List<ImportProblem> schemaProblems = schema.checkRecord(kind, record, path, locations);
        List<ImportProblem> problems = new ArrayList<>(schemaProblems);
        String idPath = JsonPaths.field(path, "id");
        JsonNode idNode = record.get("id");
        if (idNode == null || !idNode.isTextual() || schemaProblems.stream().anyMatch(p -> within(p.path(), idPath))) {
            return new Mapped(null, problems, null);
        }
        String id = idNode.asText();
        boolean complete = true;
        List<PlannedEntry> entries = new ArrayList<>();
        String creationPath = JsonPaths.field(path, kind.creationKey());
        JsonNode creationNode = record.get(kind.creationKey());
        if (creationNode instanceof ObjectNode creationFields && clean(schemaProblems, creationPath, creationPath)) {
            EntryKind creation = EntryKind.of(kind, kind.creationKey()).orElseThrow();
            Optional<PlannedEntry> entry =
                    entry(creation, 0, creationFields, id, creationPath, idPath, locations, problems);
            entry.ifPresent(entries::add);
            complete = entry.isPresent();
        } else {
            complete = false;
        }
        JsonNode history = record.get("history");
        if (history != null && history.isArray()) {
            for (int i = 0; i < history.size(); i++) {
                String wrapperPath = JsonPaths.index(JsonPaths.field(path, "history"), i);
                JsonNode wrapper = history.get(i);
                Optional<EntryKind> entryKind = wrapper.isObject() && wrapper.size() == 1
                        ? EntryKind.of(kind, wrapper.fieldNames().next())
                        : Optional.empty();
                String entryPath = entryKind
                        .map(k -> JsonPaths.field(wrapperPath, k.key()))
                        .orElse(wrapperPath);
                if (entryKind.isEmpty()
                        || !(wrapper.get(entryKind.get().key()) instanceof ObjectNode fields)
                        || !clean(schemaProblems, wrapperPath, entryPath)) {
                    complete = false;
                    continue;
                }
                Optional<PlannedEntry> entry =
                        entry(entryKind.get(), i + 1, fields, id, entryPath, idPath, locations, problems);
                entry.ifPresent(entries::add);
                complete &= entry.isPresent();
            }
        } else if (history != null && !history.isNull()) {
            complete = false;
        }
        sort(problems);
        boolean ok = complete && problems.isEmpty();
        Integer line = locations.lineOf(path);
        List<PlannedEntry> prefix = new ArrayList<>();
        for (PlannedEntry entry : entries) {
            if (entry.position() != prefix.size()) {
                break;
            }
            prefix.add(entry);
        }
        return new Mapped(
                ok ? new PlannedRecord(kind, id, path, line, entries) : null,
                problems,
                new PlannedRecord(kind, id, path, line, prefix));
    }

    /** No schema problem at {@code wrapperPath} itself or anywhere inside {@code entryPath}. */
    private static boolean clean(List<ImportProblem> schemaProblems, String wrapperPath, String entryPath) {
        return schemaProblems.stream().noneMatch(p -> p.path().equals(wrapperPath) || within(p.path(), entryPath));
    }

    /** Whether {@code path} is {@code ancestor} or below it. */
    static boolean within(String path, String ancestor) {
        return path.equals(ancestor) || path.startsWith(ancestor + ".") || path.startsWith(ancestor + "[");
    }

    /**
     * Maps one entry given as an object of command fields (without the aggregate's id), as CSV rows are.
     *
     * @param paths turns a command property path (e.g. {@code source.url}) into the path reported to the user
     */
    public Optional<Record> command(
            EntryKind kind,
            ObjectNode fields,
            String aggregateId,
            Function<String, String> paths,
            Locations locations,
            List<ImportProblem> problems) {
        ObjectNode node = fields.deepCopy();
        node.put(kind.aggregate().idField(), aggregateId);
        Optional<? extends Record> command = toValue(node, kind.command(), paths, locations, problems);
        command.ifPresent(c -> violations(c, paths, locations, problems, false));
        return command.map(c -> (Record) c);
    }

    private Optional<PlannedEntry> entry(
            EntryKind kind,
            int position,
            ObjectNode fields,
            String aggregateId,
            String path,
            String idPath,
            Locations locations,
            List<ImportProblem> problems) {
        int before = problems.size();
        ObjectNode node = fields.deepCopy();
        JsonNode unknownDate = node.remove("dateUnknown");
        boolean dateUnknown = unknownDate != null && unknownDate.asBoolean(false);
        if (dateUnknown) {
            for (String dateField : OWN_DATES) {
                if (node.hasNonNull(dateField)) {
                    String datePath = JsonPaths.field(path, "dateUnknown");
                    problems.add(new ImportProblem(
                            locations.lineOf(datePath),
                            datePath,
                            "invalid",
                            "'dateUnknown: true' says the entry's date is unknown, but it gives '" + dateField
                                    + "'; keep one of them"));
                    return Optional.empty();
                }
            }
        }
        boolean sourceByReference = false;
        JsonNode source = node.get("source");
        if (source != null && source.isTextual()) {
            sourceByReference = true;
            Source declared = sources.get(source.asText());
            if (declared == null) {
                String sourcePath = JsonPaths.field(path, "source");
                problems.add(new ImportProblem(
                        locations.lineOf(sourcePath),
                        sourcePath,
                        "reference",
                        "no source '" + source.asText() + "' is declared under 'sources' (declare it there, before "
                                + "the records)"));
                return Optional.empty();
            }
            node.set("source", canonical.valueToTree(declared));
        }
        Integer correctsEntry = null;
        if (kind.corrects()) {
            JsonNode entry = node.remove("entry");
            JsonNode eventId = node.remove("eventId");
            if ((entry == null) == (eventId == null)) {
                problems.add(new ImportProblem(
                        locations.lineOf(path),
                        path,
                        "reference",
                        "a correction names the corrected entry either by 'entry' (its position in this record) or "
                                + "by 'eventId', exactly one of them"));
                return Optional.empty();
            }
            if (entry != null) {
                correctsEntry = entry.asInt();
                if (correctsEntry >= position) {
                    String entryPath = JsonPaths.field(path, "entry");
                    problems.add(new ImportProblem(
                            locations.lineOf(entryPath),
                            entryPath,
                            "reference",
                            "entry " + correctsEntry + " is not an earlier entry of this record (this correction is "
                                    + "entry " + position + "; 0 is the "
                                    + kind.aggregate().creationKey()
                                    + " entry, 1 the first history entry)"));
                    return Optional.empty();
                }
                node.put("correctedEventId", ENTRY_PLACEHOLDER + correctsEntry);
            } else {
                node.put("correctedEventId", eventId.asText());
            }
        }
        node.put(kind.aggregate().idField(), aggregateId);
        boolean byReference = sourceByReference;
        Function<String, String> paths = property -> {
            if (property.equals(kind.aggregate().idField())) {
                return idPath;
            }
            if (property.equals("correctedEventId")) {
                return JsonPaths.field(path, fields.has("entry") ? "entry" : "eventId");
            }
            return JsonPaths.property(path, property);
        };
        Optional<? extends Record> command = toValue(node, kind.command(), paths, locations, problems);
        if (command.isEmpty()) {
            return Optional.empty();
        }
        violations(command.get(), paths, locations, problems, byReference);
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new PlannedEntry(
                position,
                kind,
                path,
                locations.lineOf(path),
                command.get(),
                correctsEntry,
                aggregateId + "#" + position,
                dateUnknown ? fingerprint(kind, command.get()) + "/date-unknown" : fingerprint(kind, command.get()),
                dateUnknown));
    }

    /** The fields that give an entry a date of its own; 'dateUnknown: true' excludes them. */
    private static final List<String> OWN_DATES =
            List.of("effectiveOn", "effectiveFrom", "effectiveTo", "declaredOn", "publishedOn");

    /** The content hash of an entry: its type and its command as canonical JSON. */
    public String fingerprint(EntryKind kind, Record command) {
        try {
            String json = kind.aggregate() + "/" + kind.key() + "\n" + canonical.writeValueAsString(command);
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8)));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(
                    "Cannot fingerprint " + command.getClass().getSimpleName(), e);
        }
    }

    private <T> Optional<T> toValue(
            JsonNode node,
            Class<T> type,
            Function<String, String> paths,
            Locations locations,
            List<ImportProblem> problems) {
        try {
            return Optional.of(reader.treeToValue(node, type));
        } catch (JsonMappingException e) {
            StringBuilder property = new StringBuilder();
            for (JsonMappingException.Reference reference : e.getPath()) {
                if (reference.getFieldName() != null) {
                    property.append(property.length() == 0 ? "" : ".").append(reference.getFieldName());
                } else {
                    property.append('[').append(reference.getIndex()).append(']');
                }
            }
            String at = paths.apply(property.toString());
            boolean date = e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException mismatch
                    && mismatch.getTargetType() == LocalDate.class;
            String message = date || e.getCause() instanceof java.time.DateTimeException
                    ? "must be a real date like 2025-03-01"
                    : "has the wrong form: " + e.getOriginalMessage().split("\n")[0];
            problems.add(new ImportProblem(locations.lineOf(at), at, "invalid", message));
            return Optional.empty();
        } catch (JsonProcessingException e) {
            String at = paths.apply("");
            problems.add(new ImportProblem(locations.lineOf(at), at, "invalid", e.getOriginalMessage()));
            return Optional.empty();
        }
    }

    private void violations(
            Object value,
            Function<String, String> paths,
            Locations locations,
            List<ImportProblem> problems,
            boolean skipSource) {
        List<ImportProblem> found = new ArrayList<>();
        for (ConstraintViolation<Object> violation : validator.validate(value)) {
            String property = violation.getPropertyPath().toString();
            if (skipSource && property.startsWith("source.")) {
                continue; // reported once, where the source is declared
            }
            String path = paths.apply(property);
            found.add(new ImportProblem(locations.lineOf(path), path, "invalid", violation.getMessage()));
        }
        sort(found);
        problems.addAll(found);
    }

    private static void sort(List<ImportProblem> problems) {
        problems.sort(Comparator.comparing((ImportProblem p) -> p.line() == null ? Integer.MAX_VALUE : p.line())
                .thenComparing(ImportProblem::path));
    }
}
