package org.missionledger.indicator.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.missionledger.common.api.Source;

/**
 * The publisher revised the value for a period.
 *
 * @param indicatorId the indicator
 * @param period the period
 * @param previousValue the value before
 * @param previousVintage the vintage before
 * @param value the revised value
 * @param publishedOn publication date of the revision
 * @param vintage the revision's vintage
 * @param reason why
 * @param source the publication
 */
@Revision("1")
public record ReadingRevised(
        String indicatorId,
        String period,
        BigDecimal previousValue,
        String previousVintage,
        BigDecimal value,
        LocalDate publishedOn,
        String vintage,
        String reason,
        Source source) {}
