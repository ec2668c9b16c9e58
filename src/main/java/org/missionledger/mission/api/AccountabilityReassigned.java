package org.missionledger.mission.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.missionledger.common.api.Source;

/**
 * A role passed from one holder to another.
 *
 * @param missionId the mission
 * @param endedTenureId the tenure that ended
 * @param newTenureId the tenure that began
 * @param targetId the target, or null for the mission
 * @param role the role
 * @param previousHolder who held it
 * @param holder who holds it now
 * @param effectiveFrom the day of the handover
 * @param reason why
 * @param source evidence
 */
@Revision("1")
public record AccountabilityReassigned(
        String missionId,
        String endedTenureId,
        String newTenureId,
        String targetId,
        AccountableRole role,
        Holder previousHolder,
        Holder holder,
        LocalDate effectiveFrom,
        String reason,
        Source source) {}
