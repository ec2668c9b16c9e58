package org.missionledger.mission.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.missionledger.common.api.Source;

/**
 * Someone became accountable for a mission or target.
 *
 * @param missionId the mission
 * @param tenureId the tenure
 * @param targetId the target, or null for the mission
 * @param role the role
 * @param holder who, in which post
 * @param effectiveFrom first day of the tenure
 * @param source evidence
 */
@Revision("1")
public record AccountabilityAssigned(
        String missionId,
        String tenureId,
        String targetId,
        AccountableRole role,
        Holder holder,
        LocalDate effectiveFrom,
        Source source) {}
