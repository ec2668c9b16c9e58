package org.missionledger.platform.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Parses query parameters with messages a caller can act on; a bad value is a 400 naming the parameter. */
public final class QueryParams {

    private QueryParams() {}

    /** A date like {@code 2025-03-01}; null when absent. */
    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeException e) {
            throw InvalidRequestException.of(name, "must be a date like 2025-03-01");
        }
    }

    /**
     * An instant like {@code 2025-03-01T12:00:00Z}, or a date, which means the end of that day (UTC): "as the record
     * stood on 1 March" includes everything recorded that day. Null when absent.
     */
    public static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.trim();
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text)
                        .plusDays(1)
                        .atStartOfDay(ZoneOffset.UTC)
                        .toInstant()
                        .minusNanos(1);
            }
            return Instant.parse(text);
        } catch (DateTimeException e) {
            throw InvalidRequestException.of(
                    name, "must be an instant like 2025-03-01T12:00:00Z or a date like 2025-03-01");
        }
    }

    /** An integer within bounds, or the default when absent. */
    public static int integer(String name, String value, int defaultValue, int min, int max) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            int number = Integer.parseInt(value.trim());
            if (number < min || number > max) {
                throw InvalidRequestException.of(name, "must be between " + min + " and " + max);
            }
            return number;
        } catch (NumberFormatException e) {
            throw InvalidRequestException.of(name, "must be a whole number between " + min + " and " + max);
        }
    }

    /** A long within bounds, or the default when absent. */
    public static long longValue(String name, String value, long defaultValue, long min, long max) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            long number = Long.parseLong(value.trim());
            if (number < min || number > max) {
                throw InvalidRequestException.of(name, "must be between " + min + " and " + max);
            }
            return number;
        } catch (NumberFormatException e) {
            throw InvalidRequestException.of(name, "must be a whole number between " + min + " and " + max);
        }
    }

    /** A comma-separated set of enum names (case-insensitive; repeated parameters are joined). Empty when absent. */
    public static <E extends Enum<E>> Set<E> enums(String name, List<String> values, Class<E> type) {
        Set<E> result = new LinkedHashSet<>();
        if (values == null) {
            return result;
        }
        List<String> invalid = new ArrayList<>();
        for (String value : values) {
            for (String part : value.split(",")) {
                String text = part.trim();
                if (text.isEmpty()) {
                    continue;
                }
                try {
                    result.add(Enum.valueOf(type, text.toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    invalid.add(text);
                }
            }
        }
        if (!invalid.isEmpty()) {
            throw InvalidRequestException.of(
                    name,
                    "has unknown value(s) " + invalid + "; use one or more of "
                            + Arrays.toString(type.getEnumConstants()));
        }
        return result;
    }
}
