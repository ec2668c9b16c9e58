package org.missionledger.exchange.datapackage;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.stream.Collectors;

/** How values are written into open-data CSV cells, consistently with the Table Schemas. */
public final class Cells {

    private static final DateTimeFormatter INSTANT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Cells() {}

    /**
     * An instant in UTC with exactly three decimals ({@link CsvTable#DATETIME_FORMAT}): one pattern every Table Schema
     * implementation parses. The event export ({@code events.jsonl}) keeps every timestamp exactly as stored.
     */
    public static String instant(Instant instant) {
        return instant == null ? null : INSTANT.format(instant);
    }

    /** A decimal in plain notation, without trailing zeros. */
    public static String number(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    /** A value's text, or null. */
    public static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /** Several values joined by {@code "; "}, as every CSV of the ledger joins them; null when there are none. */
    public static String joined(Collection<?> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        return values.stream().map(String::valueOf).collect(Collectors.joining("; "));
    }
}
