package org.missionledger.exchange.datapackage;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.missionledger.platform.web.QueryResults;

/**
 * One CSV table of the ledger's open data: its name, what it holds, its row record (which fixes the header, through
 * the CSV writer every CSV answer uses) and its keys. {@link #schema()} derives the Frictionless Table Schema from the
 * same row record, so header and schema come from one definition.
 *
 * @param name the resource name (also the file name: {@code name.csv})
 * @param title a title for people
 * @param description what one row is
 * @param rowType the row record; its components, in {@code @JsonPropertyOrder}, are the columns
 * @param primaryKey the columns that identify a row
 * @param foreignKeys references to other tables of the package
 */
public record CsvTable<R extends Record>(
        String name,
        String title,
        String description,
        Class<R> rowType,
        List<String> primaryKey,
        List<ForeignKey> foreignKeys) {

    /** Columns of this table that name a row of another table ({@code resource} empty: this table). */
    public record ForeignKey(List<String> fields, String resource, List<String> referenceFields) {}

    public CsvTable {
        primaryKey = List.copyOf(primaryKey);
        foreignKeys = List.copyOf(foreignKeys);
        for (String column : primaryKey) {
            component(rowType, column);
        }
        for (ForeignKey key : foreignKeys) {
            key.fields().forEach(column -> component(rowType, column));
        }
    }

    /** The CSV file's name. */
    public String fileName() {
        return name + ".csv";
    }

    /** The column names, in order: exactly the CSV header. */
    public List<String> columns() {
        return List.of(QueryResults.csvHeader(rowType).split(","));
    }

    /** The CSV text of these rows, written by the shared CSV writer. */
    public String csv(List<R> rows) {
        return QueryResults.csvText(rowType, rows);
    }

    /** The Frictionless Table Schema of this table. */
    public Map<String, Object> schema() {
        List<Map<String, Object>> fields = new ArrayList<>();
        for (String column : columns()) {
            fields.add(field(component(rowType, column)));
        }
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("fields", fields);
        schema.put("missingValues", List.of(""));
        schema.put("primaryKey", primaryKey);
        if (!foreignKeys.isEmpty()) {
            List<Map<String, Object>> keys = new ArrayList<>();
            for (ForeignKey key : foreignKeys) {
                Map<String, Object> reference = new LinkedHashMap<>();
                reference.put("resource", key.resource());
                reference.put("fields", key.referenceFields());
                Map<String, Object> foreign = new LinkedHashMap<>();
                foreign.put("fields", key.fields());
                foreign.put("reference", reference);
                keys.add(foreign);
            }
            schema.put("foreignKeys", keys);
        }
        return schema;
    }

    /** The date-time pattern of every {@link Instant} column: UTC, milliseconds (see {@link Cells#instant}). */
    public static final String DATETIME_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ";

    private Map<String, Object> field(RecordComponent component) {
        TableField doc = component.getAnnotation(TableField.class);
        if (doc == null) {
            throw new IllegalStateException(
                    "Column '" + component.getName() + "' of " + rowType.getSimpleName() + " has no @TableField");
        }
        String type = doc.type().isEmpty() ? typeOf(component.getType()) : doc.type();
        String format = doc.format().isEmpty() && "datetime".equals(type) ? DATETIME_FORMAT : doc.format();
        Map<String, Object> field = new LinkedHashMap<>();
        field.put("name", component.getName());
        field.put("type", type);
        if (!format.isEmpty()) {
            field.put("format", format);
        }
        field.put("description", doc.description());
        Map<String, Object> constraints = new LinkedHashMap<>();
        if (doc.required()
                || primaryKey.contains(component.getName())
                || component.getType().isPrimitive()) {
            constraints.put("required", true);
        }
        if (doc.oneOf() != TableField.Any.class) {
            List<String> names = new ArrayList<>();
            for (Enum<?> constant : doc.oneOf().getEnumConstants()) {
                names.add(constant.name());
            }
            constraints.put("enum", names);
        }
        if (!constraints.isEmpty()) {
            field.put("constraints", constraints);
        }
        return field;
    }

    private static String typeOf(Class<?> type) {
        if (type == int.class || type == long.class || type == Integer.class || type == Long.class) {
            return "integer";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "boolean";
        }
        if (type == BigDecimal.class) {
            return "number";
        }
        if (type == LocalDate.class) {
            return "date";
        }
        if (type == Instant.class) {
            throw new IllegalStateException("Write instants with Cells.instant (a String column of type datetime)");
        }
        return "string";
    }

    private static RecordComponent component(Class<?> rowType, String name) {
        for (RecordComponent component : rowType.getRecordComponents()) {
            if (component.getName().equals(name)) {
                return component;
            }
        }
        throw new IllegalArgumentException(rowType.getSimpleName() + " has no column '" + name + "'");
    }
}
