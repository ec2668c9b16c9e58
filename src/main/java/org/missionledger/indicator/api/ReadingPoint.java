package org.missionledger.indicator.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The value of one period of a series as it stood at some moment: what the progress rule measures targets with.
 *
 * @param period the period's text, e.g. {@code 2024-Q1}
 * @param periodStart its first day
 * @param periodEnd its last day (places the reading in time)
 * @param value the value
 * @param vintage the vintage code, if any
 * @param publishedOn when this value was published
 */
public record ReadingPoint(
        String period,
        LocalDate periodStart,
        LocalDate periodEnd,
        BigDecimal value,
        String vintage,
        LocalDate publishedOn) {}
