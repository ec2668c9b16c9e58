package org.missionledger.exchange.datapackage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Table Schemas come from the very row records that fix the CSV headers. */
class CsvTableTest {

    @JsonPropertyOrder({"id", "on", "count", "flag", "amount", "at"})
    record Row(
            @TableField(description = "the id") String id,
            @TableField(description = "a day") LocalDate on,
            @TableField(description = "how many") int count,
            @TableField(description = "yes or no") Boolean flag,
            @TableField(description = "a number", type = "number") String amount,
            @TableField(description = "a moment", type = "datetime") String at) {}

    record Undocumented(String id) {}

    @Test
    @SuppressWarnings("unchecked")
    void everyTablesSchemaNamesExactlyItsCsvHeaderInOrder() {
        for (CsvTable<?> table : LedgerTables.ALL) {
            List<String> names = new ArrayList<>();
            for (Map<String, Object> field :
                    (List<Map<String, Object>>) table.schema().get("fields")) {
                names.add((String) field.get("name"));
                assertThat((String) field.get("description")).isNotBlank();
            }
            String header = table.csv(List.of()).lines().findFirst().orElseThrow();
            assertThat(String.join(",", names)).as(table.name()).isEqualTo(header);
            assertThat(names).containsAll(table.primaryKey());
        }
    }

    @Test
    void everyTablesHeaderIsDocumentedVerbatim() throws Exception {
        String docs = java.nio.file.Files.readString(java.nio.file.Path.of("docs/open-data.md"));
        for (CsvTable<?> table : LedgerTables.ALL) {
            assertThat(docs)
                    .as(table.name())
                    .contains("`" + table.fileName() + "`:\n\n```\n" + String.join(",", table.columns()) + "\n```");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void typesFormatsAndConstraintsFollowTheRowRecord() {
        CsvTable<Row> table = new CsvTable<>("rows", "Rows", "rows", Row.class, List.of("id"), List.of());
        List<Map<String, Object>> fields =
                (List<Map<String, Object>>) table.schema().get("fields");

        assertThat(fields)
                .extracting(f -> f.get("type"))
                .containsExactly("string", "date", "integer", "boolean", "number", "datetime");
        assertThat(fields.get(0).get("constraints")).isEqualTo(Map.of("required", true));
        assertThat(fields.get(2).get("constraints")).isEqualTo(Map.of("required", true)); // a primitive is never empty
        assertThat(fields.get(3)).doesNotContainKey("constraints");
        assertThat(fields.get(5).get("format")).isEqualTo(CsvTable.DATETIME_FORMAT);
        assertThat(table.schema().get("primaryKey")).isEqualTo(List.of("id"));
        assertThat(table.csv(List.of(new Row("a", LocalDate.of(2025, 3, 1), 2, null, "1.5", "x"))))
                .isEqualTo("id,on,count,flag,amount,at\na,2025-03-01,2,,1.5,x\n");
    }

    @Test
    void aColumnWithoutADescriptionOrAKeyOnNoColumnIsRefused() {
        CsvTable<Undocumented> undocumented =
                new CsvTable<>("u", "U", "u", Undocumented.class, List.of("id"), List.of());
        assertThatThrownBy(undocumented::schema).hasMessageContaining("@TableField");
        assertThatThrownBy(() -> new CsvTable<>("r", "R", "r", Row.class, List.of("nope"), List.of()))
                .hasMessageContaining("no column 'nope'");
    }

    @Test
    void instantsAreWrittenInTheSchemasPattern() {
        assertThat(Cells.instant(Instant.parse("2025-03-01T12:00:00.123456789Z")))
                .isEqualTo("2025-03-01T12:00:00.123Z");
        assertThat(Cells.instant(Instant.parse("2025-03-01T12:00:00Z"))).isEqualTo("2025-03-01T12:00:00.000Z");
    }
}
