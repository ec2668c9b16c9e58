package org.missionledger.mission.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.missionledger.common.api.Source;

/**
 * The body declared a mission achieved.
 *
 * @param missionId the mission
 * @param reason the body's claim
 * @param source evidence
 * @param effectiveOn when (null = when recorded)
 */
@Revision("1")
public record MissionAchieved(String missionId, String reason, Source source, LocalDate effectiveOn) {}
