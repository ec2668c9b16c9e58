package org.missionledger.exchange.sdg;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.MappingIterator;
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
import java.util.Set;
import java.util.regex.Pattern;
import org.missionledger.exchange.api.ImportProblem;
import org.missionledger.indicator.api.Frequency;
import org.missionledger.indicator.api.IndicatorView;
import org.missionledger.indicator.api.ReadingSeriesView;
import org.missionledger.indicator.api.ReadingView;
import org.missionledger.platform.web.QueryResults;

/**
 * The Open SDG indicator data format (open-sdg's {@code docs/data-format.md}): a CSV per indicator, first column
 * {@code Year}, last column {@code Value}, categorical (disaggregation) columns in between, where an empty cell means
 * "all"; {@code Units} and {@code Series} are the special top-level columns. The <b>headline</b> series is the rows whose
 * disaggregation columns are all empty.
 */
public final class SdgCsv {

    public static final String YEAR = "Year";
    public static final String VALUE = "Value";
    public static final String UNITS = "Units";
    public static final String SERIES = "Series";

    private static final Set<String> SPECIAL = Set.of(YEAR, VALUE, UNITS, SERIES);
    private static final Pattern A_YEAR = Pattern.compile("[0-9]{4}");
    private static final CsvMapper CSV = new CsvMapper();

    private SdgCsv() {}

    /** One headline row: a year's value, in a unit and series (either may be absent). */
    public record HeadlineRow(int line, String year, BigDecimal value, String units, String series) {}

    /** The headline rows of a file, and its problems. */
    public record Headline(List<HeadlineRow> rows, int allRows, List<ImportProblem> problems) {}

    /** Reads the headline rows; disaggregated rows and rows without a value are left out. */
    public static Headline read(InputStream in) throws IOException {
        List<HeadlineRow> rows = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        int all = 0;
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        try (MappingIterator<Map<String, String>> it = CSV.readerForMapOf(String.class)
                .with(schema)
                .with(CsvParser.Feature.FAIL_ON_MISSING_COLUMNS)
                .readValues(in)) {
            List<String> header = null;
            while (it.hasNextValue()) {
                Map<String, String> row;
                try {
                    row = it.nextValue();
                } catch (RuntimeException e) {
                    problems.add(new ImportProblem(
                            it.getCurrentLocation().getLineNr(), "$", "syntax", "not a well-formed CSV row"));
                    break;
                }
                if (header == null) {
                    header = new ArrayList<>(((CsvSchema) it.getParserSchema()).getColumnNames());
                    if (!header.contains(YEAR) || !header.contains(VALUE)) {
                        problems.add(new ImportProblem(
                                1,
                                "header",
                                "format",
                                "an Open SDG indicator file has a 'Year' column and a 'Value' column (case "
                                        + "sensitive); this header is " + header));
                        break;
                    }
                }
                all++;
                int line = all + 1;
                boolean headline = true;
                for (String column : header) {
                    if (!SPECIAL.contains(column) && !blank(row.get(column))) {
                        headline = false;
                        break;
                    }
                }
                String valueText = trim(row.get(VALUE));
                if (!headline || valueText == null) {
                    continue;
                }
                String year = trim(row.get(YEAR));
                if (year == null || !A_YEAR.matcher(year).matches()) {
                    problems.add(new ImportProblem(line, YEAR, "invalid", "'" + year + "' is not a year (e.g. 2024)"));
                    continue;
                }
                BigDecimal value;
                try {
                    value = new BigDecimal(valueText);
                } catch (NumberFormatException e) {
                    problems.add(new ImportProblem(
                            line,
                            VALUE,
                            "invalid",
                            "'" + valueText + "' is not a number (Open SDG values are numeric)"));
                    continue;
                }
                rows.add(new HeadlineRow(line, year, value, trim(row.get(UNITS)), trim(row.get(SERIES))));
            }
        }
        return new Headline(rows, all, problems);
    }

    private static boolean blank(String cell) {
        return cell == null || cell.isBlank();
    }

    private static String trim(String cell) {
        return blank(cell) ? null : cell.strip();
    }

    /** One row of the Open SDG CSV the ledger writes: {@code Year,Series,Units,Value}. */
    @JsonPropertyOrder({YEAR, SERIES, UNITS, VALUE})
    public record SdgRow(
            @JsonProperty(YEAR) String year,
            @JsonProperty(SERIES) String series,
            @JsonProperty(UNITS) String units,
            @JsonProperty(VALUE) String value) {}

    /** Refused: the series cannot be written in the Open SDG layout (its periods are not years). */
    public static final class NotAnnual extends RuntimeException {
        public NotAnnual(String detail) {
            super(detail, null, false, false);
        }
    }

    /**
     * The headline series as an Open SDG CSV: one row per year with a value (withdrawn readings are left out), the
     * latest vintage as published at the series' {@code asKnownAt}, in the indicator's unit and series code, written
     * by the CSV writer every CSV answer uses.
     */
    public static String write(IndicatorView indicator, ReadingSeriesView series) {
        if (indicator.frequency() != Frequency.ANNUAL) {
            throw new NotAnnual("Open SDG data has one value per Year; '" + indicator.indicatorId() + "' is "
                    + indicator.frequency() + ", not ANNUAL.");
        }
        Map<String, SdgRow> rows = new LinkedHashMap<>();
        for (ReadingView reading : series.readings()) {
            if (reading.withdrawn() || reading.value() == null) {
                continue;
            }
            if (!A_YEAR.matcher(reading.period()).matches()) {
                throw new NotAnnual("Open SDG data has one value per Year; the period '" + reading.period() + "' of '"
                        + indicator.indicatorId() + "' is not a year.");
            }
            rows.put(
                    reading.period(),
                    new SdgRow(
                            reading.period(),
                            indicator.seriesCode(),
                            indicator.unit(),
                            reading.value().stripTrailingZeros().toPlainString()));
        }
        return QueryResults.csvText(SdgRow.class, new ArrayList<>(rows.values()));
    }
}
