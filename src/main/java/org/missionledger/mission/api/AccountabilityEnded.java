package org.missionledger.mission.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.missionledger.common.api.Source;

/**
 * A tenure ended.
 *
 * @param missionId the mission
 * @param tenureId the tenure
 * @param effectiveTo the day it ended (exclusive)
 * @param reason why
 * @param source evidence
 */
@Revision("1")
public record AccountabilityEnded(
        String missionId, String tenureId, LocalDate effectiveTo, String reason, Source source) {}
