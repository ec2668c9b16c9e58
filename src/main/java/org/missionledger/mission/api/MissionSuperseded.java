package org.missionledger.mission.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.missionledger.common.api.Source;

/**
 * The body replaced a mission with a successor.
 *
 * @param missionId the replaced mission
 * @param successorMissionId its successor
 * @param reason why
 * @param source evidence
 * @param effectiveOn when (null = when recorded)
 */
@Revision("1")
public record MissionSuperseded(
        String missionId, String successorMissionId, String reason, Source source, LocalDate effectiveOn) {}
