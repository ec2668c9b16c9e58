package org.missionledger.indicator.api;

import java.time.Instant;
import java.util.List;
import org.missionledger.common.api.Source;

/**
 * An indicator: what it measures and how.
 *
 * @param indicatorId the indicator
 * @param name name
 * @param unit unit
 * @param publisher publisher
 * @param methodology methodology (current)
 * @param measurementBasis measurement basis (current)
 * @param frequency publication frequency
 * @param seriesCode the publisher's code
 * @param source where it is defined
 * @param definedAt when it was recorded
 * @param periods how many periods have a reading
 * @param latestPeriod the latest period with a reading
 * @param methodologyChanges every change of methodology or basis by the publisher, oldest first
 */
public record IndicatorView(
        String indicatorId,
        String name,
        String unit,
        String publisher,
        String methodology,
        String measurementBasis,
        Frequency frequency,
        String seriesCode,
        Source source,
        Instant definedAt,
        int periods,
        String latestPeriod,
        List<MethodologyChangeView> methodologyChanges) {}
