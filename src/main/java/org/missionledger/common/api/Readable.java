package org.missionledger.common.api;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Values written for readers, shared by the pages, the feeds and the progress rule's explanations: dates in words ("31
 * December 2028"), reading periods in words ("September 2026", "2024 Q1", "financial year 2024/25"), recorded numbers as
 * recorded with their unit ("36.3 µg/m³", "95%"), and computed numbers (trajectories, growth rates) rounded sensibly
 * ("37.48", not "37.47978876").
 */
public final class Readable {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final Pattern FINANCIAL_YEAR = Pattern.compile("(\\d{4})/(\\d{2})");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** Significant digits kept for computed values. */
    static final int SIGNIFICANT = 4;

    /** At most this many decimals for computed values. */
    static final int MAX_DECIMALS = 2;

    private Readable() {}

    /** "31 December 2028"; "date unknown" for null. */
    public static String date(LocalDate date) {
        return date == null ? UnknownDate.TEXT : DATE.format(date);
    }

    /**
     * A reading period in words: {@code 2026-09} → "September 2026", {@code 2024-Q1} → "2024 Q1 (January to March)",
     * {@code 2024/25} → "financial year 2024/25", {@code 2024-W05} → "week 5 of 2024", {@code 2024-03-31} → "31 March
     * 2024", {@code 2024} → "2024". Anything else is returned as given.
     */
    public static String period(String period) {
        if (period == null) {
            return "";
        }
        try {
            Matcher m;
            if ((m = YEAR_MONTH.matcher(period)).matches()) {
                return MONTH.format(YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
            }
            if ((m = QUARTER.matcher(period)).matches()) {
                int q = Integer.parseInt(m.group(2));
                String months =
                        switch (q) {
                            case 1 -> "January to March";
                            case 2 -> "April to June";
                            case 3 -> "July to September";
                            default -> "October to December";
                        };
                return m.group(1) + " Q" + q + " (" + months + ")";
            }
            if ((m = FINANCIAL_YEAR.matcher(period)).matches()) {
                return "financial year " + period;
            }
            if ((m = WEEK.matcher(period)).matches()) {
                return "week " + Integer.parseInt(m.group(2)) + " of " + m.group(1);
            }
            if (DAY.matcher(period).matches()) {
                return DATE.format(LocalDate.parse(period));
            }
        } catch (RuntimeException e) {
            return period; // not a valid period after all: shown as recorded
        }
        return period;
    }

    /** A recorded number as recorded, in plain notation without trailing zeros ("95", "61.25"); "" for null. */
    public static String number(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    /**
     * A computed number rounded for reading: at most {@value #SIGNIFICANT} significant digits and {@value
     * #MAX_DECIMALS} decimals, never rounding an integer part away ({@code 37.47978876} → "37.48", {@code 1234.5678} →
     * "1235", {@code 0.0123456} → "0.01", {@code 0.000123} → "0.000123"); "" for null.
     */
    public static String rounded(BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal abs = value.abs();
        if (abs.signum() != 0 && abs.compareTo(new BigDecimal("0.01")) < 0) {
            return value.round(new MathContext(3, RoundingMode.HALF_EVEN))
                    .stripTrailingZeros()
                    .toPlainString();
        }
        BigDecimal r = value.round(new MathContext(SIGNIFICANT, RoundingMode.HALF_EVEN));
        if (r.scale() < 0) {
            r = value.setScale(0, RoundingMode.HALF_EVEN);
        }
        if (r.scale() > MAX_DECIMALS) {
            r = r.setScale(MAX_DECIMALS, RoundingMode.HALF_EVEN);
        }
        BigDecimal stripped = r.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    /** A computed number, rounded, with its unit: "37.48 µg/m³", "95%". */
    public static String roundedQuantity(BigDecimal value, String unit) {
        return withUnit(rounded(value), unit);
    }

    /** A recorded number, as recorded, with its unit: "36.3 µg/m³", "95%", "13000 officers". */
    public static String quantity(BigDecimal value, String unit) {
        return value == null ? "" : withUnit(number(value), unit);
    }

    /** A rate (0.0382) as a percentage, rounded: "3.82%"; signed ("−2.99%") when negative. */
    public static String percent(BigDecimal fraction) {
        if (fraction == null) {
            return "";
        }
        String text = rounded(fraction.movePointRight(2)) + "%";
        return text.startsWith("-") ? "−" + text.substring(1) : text;
    }

    /** A whole count with thousands separators: 12,345. */
    public static String count(long n) {
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.UK)).format(n);
    }

    private static String withUnit(String number, String unit) {
        if (number.isEmpty() || unit == null || unit.isBlank()) {
            return number;
        }
        return unit.equals("%") ? number + "%" : number + " " + unit;
    }
}
