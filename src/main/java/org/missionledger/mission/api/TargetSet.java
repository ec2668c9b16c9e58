package org.missionledger.mission.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.missionledger.common.api.Source;

/**
 * A target was set under a mission.
 *
 * @param missionId the mission
 * @param targetId the target
 * @param terms what it commits to
 * @param source evidence
 * @param effectiveOn when (null = when recorded)
 */
@Revision("1")
public record TargetSet(String missionId, String targetId, TargetTerms terms, Source source, LocalDate effectiveOn) {}
