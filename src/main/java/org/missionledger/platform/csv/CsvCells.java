package org.missionledger.platform.csv;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The one way the ledger writes CSV cells, safe to open in a spreadsheet (OWASP "CSV Injection"): a text cell that
 * begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return — which Excel, LibreOffice and
 * Google Sheets would run as a formula ({@code =HYPERLINK("http://evil")}) — is written with a leading single quote
 * {@code '}, so the spreadsheet shows it as text; the standard RFC 4180 quoting does the rest.
 *
 * <p>Numbers stay numbers: a cell that is nothing but a decimal number ({@code -12.5}, {@code +3}, {@code -1.2E+3}) is
 * written as it is, in numeric and text columns alike. A spreadsheet reads such a cell as a number, and it cannot hold
 * a formula (no letters, parentheses or operators past the sign), so readings of {@code -0.4} stay {@code -0.4}.
 * Anything else that starts with a sign ({@code -1+2}, {@code -cmd|…}) is neutralised.
 *
 * <p>Every CSV the ledger writes goes through {@link #mapper()} (or {@link #neutralise(String)} for a writer of its
 * own); {@code CsvCellsTest} holds the cases.
 */
public final class CsvCells {

    /** A plain decimal number, optionally signed, with an optional exponent: read as a number, never a formula. */
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private CsvCells() {}

    /**
     * The cell as it must be written: with a leading {@code '} if a spreadsheet would take it for a formula.
     *
     * @param cell the cell's text, or {@code null}
     * @return the text to write ({@code null} stays {@code null})
     */
    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty() || !isTrigger(cell.charAt(0))) {
            return cell;
        }
        if ((cell.charAt(0) == '-' || cell.charAt(0) == '+')
                && PLAIN_NUMBER.matcher(cell).matches()) {
            return cell;
        }
        return "'" + cell;
    }

    private static boolean isTrigger(char first) {
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /**
     * A CSV mapper whose text cells are neutralised, dates written as ISO-8601 text, and cells quoted only where RFC
     * 4180 needs it. Configure the schema per file as usual.
     */
    /**
     * The CSV text of rows of one row record type: a header line, then one line per row (RFC 4180 quoting; text cells
     * neutralised).
     */
    public static <R> String text(Class<R> rowType, List<R> rows) {
        CsvMapper csv = Text.MAPPER;
        try {
            return csv.writer(csv.schemaFor(rowType).withHeader()).writeValueAsString(rows);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Cannot write CSV of " + rowType.getSimpleName(), e);
        }
    }

    /** One mapper for {@link #text} (built on first use). */
    private static final class Text {
        static final CsvMapper MAPPER = mapper();
    }

    public static CsvMapper mapper() {
        SimpleModule cells = new SimpleModule("csv-cells");
        cells.addSerializer(String.class, new NeutralisingSerializer());
        return CsvMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(cells)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                // quote only what needs quoting (by default long values are quoted whether they need it or not)
                .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
                .build();
    }

    /** Writes every text cell through {@link #neutralise(String)}. */
    private static final class NeutralisingSerializer extends StdSerializer<String> {
        NeutralisingSerializer() {
            super(String.class);
        }

        @Override
        public void serialize(String value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeString(neutralise(value));
        }
    }
}
