package org.missionledger.mission.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.missionledger.common.api.Source;

/**
 * The body reinstated a dropped target.
 *
 * @param missionId the mission
 * @param targetId the target
 * @param reason why
 * @param source evidence
 * @param effectiveOn when (null = when recorded)
 */
@Revision("1")
public record TargetReinstated(
        String missionId, String targetId, String reason, Source source, LocalDate effectiveOn) {}
