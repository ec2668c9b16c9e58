package org.missionledger.indicator.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One period of a series with every vintage.
 *
 * @param period the period, e.g. {@code 2024/25}
 * @param periodStart its first day
 * @param periodEnd its last day
 * @param value the latest value (absent when withdrawn)
 * @param vintage the latest value's vintage code
 * @param publishedOn the latest value's publication date
 * @param withdrawn whether the latest entry is a withdrawal
 * @param firstPublished the first published value
 * @param latest the latest entry (a value or a withdrawal)
 * @param vintages every entry, oldest first
 */
public record ReadingView(
        String period,
        LocalDate periodStart,
        LocalDate periodEnd,
        BigDecimal value,
        String vintage,
        LocalDate publishedOn,
        boolean withdrawn,
        VintageView firstPublished,
        VintageView latest,
        List<VintageView> vintages) {}
