package org.missionledger.indicator.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.missionledger.common.api.Source;

/**
 * A value was published for a period.
 *
 * @param indicatorId the indicator
 * @param period the period
 * @param value the value
 * @param publishedOn publication date
 * @param vintage release or vintage code
 * @param source the publication
 */
@Revision("1")
public record ReadingRecorded(
        String indicatorId, String period, BigDecimal value, LocalDate publishedOn, String vintage, Source source) {}
