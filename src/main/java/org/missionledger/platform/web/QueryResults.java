package org.missionledger.platform.web;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.missionledger.platform.csv.CsvCells;
import org.missionledger.platform.projection.ReadModelStatus;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * How query answers are written: JSON in the {@link QueryResponse} envelope, CSV with a fixed header (one row record
 * per list, its components in {@code @JsonPropertyOrder}), or Atom; every one with the read-model headers.
 */
public final class QueryResults {

    public static final String POSITION_HEADER = "X-Read-Model-Position";
    public static final String HEAD_HEADER = "X-Ledger-Head";
    public static final String LAG_HEADER = "X-Read-Model-Lag";
    public static final String REBUILDING_HEADER = "X-Read-Model-Rebuilding";

    public static final MediaType TEXT_CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);
    public static final MediaType ATOM =
            new MediaType("application", "atom+xml", java.nio.charset.StandardCharsets.UTF_8);

    /** Text cells neutralised against formula injection ({@link CsvCells}). */
    private static final CsvMapper CSV = CsvCells.mapper();

    private QueryResults() {}

    /** A JSON answer for one record. */
    public static <T> ResponseEntity<QueryResponse<T>> json(T data, ReadModelStatus readModel) {
        return json(data, null, readModel);
    }

    /** A JSON answer for a list page. */
    public static <T> ResponseEntity<QueryResponse<T>> json(T data, PageInfo page, ReadModelStatus readModel) {
        return ResponseEntity.ok()
                .headers(headers(readModel))
                .contentType(MediaType.APPLICATION_JSON)
                .body(new QueryResponse<>(data, page, readModel));
    }

    /**
     * A CSV answer: a header line, then one line per row (RFC 4180 quoting, CRLF-free lines end with LF; a text cell a
     * spreadsheet would run as a formula starts with {@code '}, see {@link CsvCells}).
     */
    public static <R> ResponseEntity<String> csv(Class<R> rowType, List<R> rows, ReadModelStatus readModel) {
        return ResponseEntity.ok()
                .headers(headers(readModel))
                .contentType(TEXT_CSV)
                .body(csvText(rowType, rows));
    }

    /** The CSV text of rows of one row record type ({@link CsvCells#text}). */
    public static <R> String csvText(Class<R> rowType, List<R> rows) {
        return CsvCells.text(rowType, rows);
    }

    /** The CSV header of a row record type (as documented in docs/api.md). */
    public static String csvHeader(Class<?> rowType) {
        return String.join(",", CSV.schemaFor(rowType).getColumnNames());
    }

    /** An Atom answer. */
    public static ResponseEntity<String> atom(String xml, ReadModelStatus readModel) {
        return ResponseEntity.ok().headers(headers(readModel)).contentType(ATOM).body(xml);
    }

    /** The read-model headers every query response carries. */
    public static HttpHeaders headers(ReadModelStatus readModel) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(POSITION_HEADER, Long.toString(readModel.position()));
        headers.set(HEAD_HEADER, Long.toString(readModel.head()));
        headers.set(LAG_HEADER, Long.toString(readModel.lag()));
        headers.set(REBUILDING_HEADER, Boolean.toString(readModel.rebuilding()));
        return headers;
    }

    /** Whether the client asked for CSV: a {@code .csv} path, or {@code Accept: text/csv} without JSON before it. */
    public static boolean wantsCsv(HttpServletRequest request) {
        if (request.getRequestURI().endsWith(".csv")) {
            return true;
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept == null) {
            return false;
        }
        List<MediaType> types = MediaType.parseMediaTypes(accept);
        MediaType.sortBySpecificityAndQuality(types);
        for (MediaType type : types) {
            if (type.isCompatibleWith(MediaType.APPLICATION_JSON) && !type.isWildcardType()) {
                return false;
            }
            if (type.getType().equals("text") && type.getSubtype().equals("csv")) {
                return true;
            }
        }
        return false;
    }
}
