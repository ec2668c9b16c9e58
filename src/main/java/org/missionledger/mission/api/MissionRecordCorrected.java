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
 * @param changes field-by-field before (what the corrected event recorded) and after
 * @param reason what was wrong
 * @param historicalOnly the changed fields that a later event had already set again: for these the correction fixes
 *     the history only and the current record is unchanged (empty when the corrected event is still the latest)
 */
@Revision("1")
public record MissionRecordCorrected(
        String missionId,
        String correctedEventId,
        String subject,
        List<FieldChange> changes,
        String reason,
        List<String> historicalOnly) {

    public MissionRecordCorrected {
        historicalOnly = historicalOnly == null ? List.of() : List.copyOf(historicalOnly);
    }

    /** A correction of the latest event for every field: the current record changes with it. */
    public MissionRecordCorrected(
            String missionId, String correctedEventId, String subject, List<FieldChange> changes, String reason) {
        this(missionId, correctedEventId, subject, changes, reason, List.of());
    }

    /** Whether the change of {@code field} also changes the current record. */
    public boolean changesCurrentRecord(String field) {
        return !historicalOnly.contains(field);
    }
}
