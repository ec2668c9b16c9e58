package org.missionledger.platform.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Cells a spreadsheet would run as formulas are neutralised (OWASP CSV injection); numbers stay numbers. */
class CsvCellsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "=HYPERLINK(\"http://evil\")",
                "=1+1",
                "+1+1",
                "-1+1",
                "-2+3+cmd|' /C calc'!A0",
                "@SUM(1+1)*cmd|' /C calc'!A0",
                "\tleading tab",
                "\rleading carriage return",
                "+",
                "-",
                "-abc",
                "+44 20 7946 0000"
            })
    void aCellASpreadsheetWouldRunIsWrittenAsText(String cell) {
        assertThat(CsvCells.neutralise(cell)).isEqualTo("'" + cell);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-12.5", "+3", "-0.4", "-1.2E+3", "-.5", "42", "Clean power by 2030", "", "a=b", "'quoted"})
    void numbersAndOrdinaryTextAreWrittenAsTheyAre(String cell) {
        assertThat(CsvCells.neutralise(cell)).isEqualTo(cell);
    }

    @Test
    void absentStaysAbsent() {
        assertThat(CsvCells.neutralise(null)).isNull();
    }

    @JsonPropertyOrder({"title", "value", "count", "amount"})
    record Row(String title, String value, long count, BigDecimal amount) {}

    @Test
    void theMapperNeutralisesTextCellsAndLeavesNumbers() throws Exception {
        assertThat(line(new Row("=HYPERLINK(\"http://evil\")", "-3.5", -7, new BigDecimal("-1.25"))))
                .isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\",-3.5,-7,-1.25");
        assertThat(line(new Row("Fine", "-2+3", 0, BigDecimal.ONE))).isEqualTo("Fine,'-2+3,0,1");
    }

    private static String line(Row row) throws Exception {
        return CsvCells.mapper()
                .writer(CsvCells.mapper().schemaFor(Row.class))
                .writeValueAsString(List.of(row))
                .strip();
    }
}
