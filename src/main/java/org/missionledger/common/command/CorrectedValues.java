package org.missionledger.common.command;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.missionledger.common.api.CommonRefusal;
import org.missionledger.common.api.Dates;

/**
 * Parses the string values of a correction with the same rules that apply when recording, so a correction can never
 * put into the record what a command could not. An empty string clears an optional field.
 */
public final class CorrectedValues {

    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B-\\x1F\\x7F]");
    private static final Pattern SINGLE_LINE_CONTROL = Pattern.compile("\\p{Cntrl}");
    private static final Pattern URL = Pattern.compile("https?://\\S+");

    private CorrectedValues() {}

    public static String requiredLine(String field, String value, int maxLength) {
        String text = optionalLine(field, value, maxLength);
        if (text == null) {
            throw invalid(field, "must not be blank");
        }
        return text;
    }

    public static String optionalLine(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > maxLength) {
            throw invalid(field, "must be at most " + maxLength + " characters");
        }
        if (SINGLE_LINE_CONTROL.matcher(value).find()) {
            throw invalid(field, "must not contain control characters");
        }
        return value;
    }

    public static String requiredText(String field, String value, int maxLength) {
        String text = optionalText(field, value, maxLength);
        if (text == null) {
            throw invalid(field, "must not be blank");
        }
        return text;
    }

    public static String optionalText(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > maxLength) {
            throw invalid(field, "must be at most " + maxLength + " characters");
        }
        if (CONTROL.matcher(value).find()) {
            throw invalid(field, "must not contain control characters");
        }
        return value;
    }

    public static LocalDate optionalDate(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value);
            if (date.isBefore(Dates.EARLIEST) || date.isAfter(Dates.LATEST)) {
                throw invalid(field, "must be between " + Dates.EARLIEST + " and " + Dates.LATEST);
            }
            return date;
        } catch (DateTimeParseException e) {
            throw invalid(field, "must be a date like 2025-03-01");
        }
    }

    public static LocalDate requiredDate(String field, String value) {
        LocalDate date = optionalDate(field, value);
        if (date == null) {
            throw invalid(field, "must not be blank");
        }
        return date;
    }

    public static BigDecimal optionalNumber(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            BigDecimal number = new BigDecimal(value.trim());
            if (number.abs().compareTo(new BigDecimal("1e15")) > 0 || number.scale() > 6) {
                throw invalid(field, "must be within ±10^15 with at most 6 decimals");
            }
            return number;
        } catch (NumberFormatException e) {
            throw invalid(field, "must be a number like 95 or 13000.5");
        }
    }

    /**
     * A corrected piece of a source's evidence: {@code contentSha256} (64 hex characters, stored in lowercase) or
     * {@code archivedUrl} (http or https); blank removes it.
     */
    public static String sourceEvidence(String field, String sourceField, String value) {
        if ("archivedUrl".equals(sourceField)) {
            return optionalUrl(field, value);
        }
        String hash = optionalLine(field, value, 64);
        if (hash != null && !hash.matches(org.missionledger.common.api.Source.SHA256)) {
            throw invalid(field, org.missionledger.common.api.Source.SHA256_MESSAGE);
        }
        return hash == null ? null : hash.toLowerCase(java.util.Locale.ROOT);
    }

    public static String optionalUrl(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > 2000 || !URL.matcher(value).matches()) {
            throw invalid(field, "must be an http or https URL");
        }
        return value;
    }

    public static <E extends Enum<E>> E optionalEnum(String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw invalid(field, "is not one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    public static CommandRefused invalid(String field, String problem) {
        return new CommandRefused(CommonRefusal.INVALID_CORRECTION, "The corrected " + field + " " + problem + ".");
    }

    public static CommandRefused notCorrectable(String field, String subject) {
        return new CommandRefused(
                CommonRefusal.FIELD_NOT_CORRECTABLE, "'" + field + "' is not a correctable field of " + subject + ".");
    }
}
