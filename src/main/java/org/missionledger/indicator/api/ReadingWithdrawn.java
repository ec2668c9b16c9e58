package org.missionledger.indicator.api;

import org.axonframework.serialization.Revision;
import org.missionledger.common.api.Source;

/**
 * The publisher withdrew the value for a period.
 *
 * @param indicatorId the indicator
 * @param period the period
 * @param reason why
 * @param source evidence
 */
@Revision("1")
public record ReadingWithdrawn(String indicatorId, String period, String reason, Source source) {}
