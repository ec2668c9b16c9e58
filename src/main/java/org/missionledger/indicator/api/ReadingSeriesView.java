package org.missionledger.indicator.api;

import java.time.Instant;
import java.util.List;

/**
 * A series as it was published at a moment ({@code asKnownAt}; absent = now): the vintages recorded by then.
 *
 * @param indicatorId the indicator
 * @param name its name
 * @param unit its unit
 * @param frequency its frequency
 * @param asKnownAt the moment asked about, if any
 * @param readings every period with a reading by then, in period order
 */
public record ReadingSeriesView(
        String indicatorId,
        String name,
        String unit,
        Frequency frequency,
        Instant asKnownAt,
        List<ReadingView> readings) {}
