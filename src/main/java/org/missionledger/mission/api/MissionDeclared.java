package org.missionledger.mission.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.missionledger.common.api.Source;

/**
 * A body declared a mission.
 *
 * @param missionId the mission
 * @param body who set it
 * @param title short title
 * @param statement the statement as worded by the body
 * @param policyArea policy area
 * @param declaredOn when declared (null = unknown)
 * @param horizon the date it looks to
 * @param source evidence
 */
@Revision("2")
public record MissionDeclared(
        String missionId,
        Body body,
        String title,
        String statement,
        String policyArea,
        LocalDate declaredOn,
        LocalDate horizon,
        Source source) {}
