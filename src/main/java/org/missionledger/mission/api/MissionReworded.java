package org.missionledger.mission.api;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.missionledger.common.api.FieldChange;
import org.missionledger.common.api.Source;

/**
 * The body reworded a mission.
 *
 * @param missionId the mission
 * @param changes field-by-field before/after
 * @param title the title after the change
 * @param statement the statement after the change
 * @param reason why
 * @param source evidence
 * @param effectiveOn when it took effect (null = when recorded)
 */
@Revision("1")
public record MissionReworded(
        String missionId,
        List<FieldChange> changes,
        String title,
        String statement,
        String reason,
        Source source,
        LocalDate effectiveOn) {}
