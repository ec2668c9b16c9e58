package org.missionledger.mission.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.missionledger.common.api.Source;

/**
 * The body dropped a mission.
 *
 * @param missionId the mission
 * @param reason why
 * @param source evidence
 * @param effectiveOn when (null = when recorded)
 */
@Revision("1")
public record MissionDropped(String missionId, String reason, Source source, LocalDate effectiveOn) {}
