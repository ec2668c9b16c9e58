package org.missionledger.mission.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.missionledger.common.api.Source;

/**
 * The body replaced a target with a successor.
 *
 * @param missionId the mission
 * @param targetId the replaced target
 * @param successorTargetId the successor
 * @param reason why
 * @param source evidence
 * @param effectiveOn when (null = when recorded)
 */
@Revision("1")
public record TargetSuperseded(
        String missionId,
        String targetId,
        String successorTargetId,
        String reason,
        Source source,
        LocalDate effectiveOn) {}
