package org.missionledger.platform.pages;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.missionledger.common.api.Readable;
import org.missionledger.common.api.UnknownDate;

/** How pages write values: dates the GOV.UK way ("5 December 2024"), numbers in plain notation, enums in words. */
public final class Format {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm:ss 'UTC'", Locale.UK);

    private Format() {}

    /** "5 December 2024"; an empty string for null. */
    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** An effective date: "5 December 2024", or "date unknown" when the sources do not give it (null). */
    public static String effective(LocalDate date) {
        return date == null ? UnknownDate.TEXT : DATE.format(date);
    }

    /** An effective date in a table: "5 Dec 2024", or "date unknown" when the sources do not give it (null). */
    public static String shortEffective(LocalDate date) {
        return date == null ? UnknownDate.TEXT : SHORT_DATE.format(date);
    }

    /** "5 Dec 2024" (tables); an empty string for null. */
    public static String shortDate(LocalDate date) {
        return date == null ? "" : SHORT_DATE.format(date);
    }

    /** "5 December 2024, 12:00:00 UTC"; an empty string for null. */
    public static String instant(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(ZoneOffset.UTC));
    }

    /** The day of an instant, UTC ("5 December 2024"); an empty string for null. */
    public static String day(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(ZoneOffset.UTC));
    }

    /** The first 12 characters of a hex digest and an ellipsis ("9f86d081884c…"); an empty string for null. */
    public static String shortHash(String hex) {
        return hex == null ? "" : hex.length() <= 12 ? hex : hex.substring(0, 12) + "…";
    }

    /** An ISO date ("2024-12-05"); an empty string for null. */
    public static String iso(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    /** A number in plain notation without trailing zeros ("95", "61.25"); an empty string for null. */
    public static String number(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    /** A number with its unit: "95%", "13,000 officers" stays "13000 officers" (values are shown as recorded). */
    public static String quantity(BigDecimal value, String unit) {
        if (value == null) {
            return "";
        }
        if (unit == null || unit.isBlank()) {
            return number(value);
        }
        return unit.equals("%") ? number(value) + "%" : number(value) + " " + unit;
    }

    /** A reading period in words: {@code 2026-09} → "September 2026" (see {@link Readable#period}). */
    public static String period(String period) {
        return Readable.period(period);
    }

    /** A computed number, rounded for reading: {@code 37.47978876} → "37.48" (see {@link Readable#rounded}). */
    public static String rounded(BigDecimal value) {
        return Readable.rounded(value);
    }

    /** An event type in words: {@code TargetRevised} → "Target revised". */
    public static String eventType(String type) {
        if (type == null || type.isEmpty()) {
            return "";
        }
        String simple = type.substring(type.lastIndexOf('.') + 1);
        return field(Character.toLowerCase(simple.charAt(0)) + simple.substring(1));
    }

    /** An enum constant or code in words: {@code ACCELERATION_NEEDED} → "Acceleration needed". */
    public static String words(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString().toLowerCase(Locale.ROOT).replace('_', ' ');
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** An enum constant as a CSS modifier: {@code METRIC_CHANGED} → "metric-changed". */
    public static String slug(Object value) {
        return value == null ? "" : value.toString().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A camelCase field name in words: {@code baselineValue} → "Baseline value". */
    public static String field(String name) {
        if (name == null || name.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (char c : name.toCharArray()) {
            if (Character.isUpperCase(c)) {
                text.append(' ').append(Character.toLowerCase(c));
            } else {
                text.append(c);
            }
        }
        return switch (name) {
            case "indicatorId" -> "Indicator";
            case "contentSha256" -> "Content SHA-256";
            case "archivedUrl" -> "Archived copy URL";
            case "url" -> "URL";
            default -> Character.toUpperCase(text.charAt(0)) + text.substring(1);
        };
    }

    /** Text cut to {@code max} characters at a word boundary, with an ellipsis when cut. */
    public static String shorten(String text, int max) {
        if (text == null || text.length() <= max) {
            return text == null ? "" : text;
        }
        int cut = text.lastIndexOf(' ', max);
        return text.substring(0, cut > max / 2 ? cut : max).stripTrailing() + "…";
    }

    /** "1 event", "3 events". */
    public static String count(long n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }
}
