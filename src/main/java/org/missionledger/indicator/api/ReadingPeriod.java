package org.missionledger.indicator.api;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period of a statistical series, parsed from its text form. The end date is what the progress rule uses to place a
 * reading in time.
 *
 * @param text the canonical text (e.g. {@code 2024-Q1})
 * @param start the first day of the period
 * @param end the last day of the period
 * @param shape which of the accepted forms it has
 */
public record ReadingPeriod(String text, LocalDate start, LocalDate end, Shape shape) {

    /** The accepted forms of a period. */
    public enum Shape {
        YEAR,
        FINANCIAL_YEAR,
        QUARTER,
        MONTH,
        WEEK,
        DAY
    }

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern FINANCIAL_YEAR = Pattern.compile("(\\d{4})/(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** Parses a period; empty when the text has none of the accepted forms. */
    public static Optional<ReadingPeriod> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            Matcher m;
            if ((m = YEAR.matcher(text)).matches()) {
                int year = Integer.parseInt(m.group(1));
                return Optional.of(
                        new ReadingPeriod(text, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Shape.YEAR));
            }
            if ((m = FINANCIAL_YEAR.matcher(text)).matches()) {
                int year = Integer.parseInt(m.group(1));
                int next = Integer.parseInt(m.group(2));
                if ((year + 1) % 100 != next) {
                    return Optional.empty();
                }
                return Optional.of(new ReadingPeriod(
                        text, LocalDate.of(year, 4, 1), LocalDate.of(year + 1, 3, 31), Shape.FINANCIAL_YEAR));
            }
            if ((m = QUARTER.matcher(text)).matches()) {
                int year = Integer.parseInt(m.group(1));
                int quarter = Integer.parseInt(m.group(2));
                LocalDate start = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
                return Optional.of(
                        new ReadingPeriod(text, start, start.plusMonths(3).minusDays(1), Shape.QUARTER));
            }
            if ((m = MONTH.matcher(text)).matches()) {
                YearMonth month = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                return Optional.of(new ReadingPeriod(text, month.atDay(1), month.atEndOfMonth(), Shape.MONTH));
            }
            if ((m = WEEK.matcher(text)).matches()) {
                int year = Integer.parseInt(m.group(1));
                int week = Integer.parseInt(m.group(2));
                LocalDate probe = LocalDate.of(year, 6, 1);
                if (week < 1
                        || week > probe.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
                    return Optional.empty();
                }
                LocalDate start = probe.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                return Optional.of(new ReadingPeriod(text, start, start.plusDays(6), Shape.WEEK));
            }
            if (DAY.matcher(text).matches()) {
                LocalDate day = LocalDate.parse(text);
                return Optional.of(new ReadingPeriod(text, day, day, Shape.DAY));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** Whether this period's form suits a series of the given frequency. */
    public boolean fits(Frequency frequency) {
        return switch (frequency) {
            case ANNUAL -> shape == Shape.YEAR || shape == Shape.FINANCIAL_YEAR;
            case QUARTERLY -> shape == Shape.QUARTER;
            case MONTHLY -> shape == Shape.MONTH;
            case WEEKLY -> shape == Shape.WEEK;
            case IRREGULAR -> true;
        };
    }
}
