package org.missionledger.indicator.api;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.missionledger.common.api.FieldChange;
import org.missionledger.common.api.Source;

/**
 * The publisher changed the methodology or measurement basis of a series.
 *
 * @param indicatorId the indicator
 * @param changes field-by-field before/after
 * @param methodology methodology after
 * @param measurementBasis measurement basis after
 * @param reason why
 * @param source evidence
 * @param effectiveOn when (null = when recorded)
 */
@Revision("1")
public record IndicatorMethodologyChanged(
        String indicatorId,
        List<FieldChange> changes,
        String methodology,
        String measurementBasis,
        String reason,
        Source source,
        LocalDate effectiveOn) {}
