package org.missionledger.indicator.api;

import org.axonframework.serialization.Revision;
import org.missionledger.common.api.Source;

/**
 * A statistical series was defined.
 *
 * @param indicatorId the indicator
 * @param name name
 * @param unit unit
 * @param publisher publisher
 * @param methodology methodology
 * @param measurementBasis measurement basis
 * @param frequency frequency
 * @param seriesCode publisher's series code
 * @param source evidence
 */
@Revision("1")
public record IndicatorDefined(
        String indicatorId,
        String name,
        String unit,
        String publisher,
        String methodology,
        String measurementBasis,
        Frequency frequency,
        String seriesCode,
        Source source) {}
