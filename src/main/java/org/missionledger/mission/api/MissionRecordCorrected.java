package org.missionledger.mission.api;

import java.util.List;
import org.axonframework.serialization.Revision;
import org.missionledger.common.api.FieldChange;

/**
 * The ledger's editors fixed a recording mistake; not an alteration by the body.
 *
 * @param missionId the mission
 * @param correctedEventId the event whose record was wrong
 * @param subject what the correction applies to: "mission", "target:ID" or "tenure:ID"
 * @param changes field-by-field before/after
 * @param reason what was wrong
 */
@Revision("1")
public record MissionRecordCorrected(
        String missionId,
        String correctedEventId,
        String subject,
        List<FieldChange> changes,
        String reason) {}
