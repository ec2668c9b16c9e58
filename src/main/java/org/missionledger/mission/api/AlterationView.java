package org.missionledger.mission.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.missionledger.common.api.AlterationKind;
import org.missionledger.common.api.CorrectionView;
import org.missionledger.common.api.FieldChange;
import org.missionledger.common.api.Source;
import org.missionledger.common.api.UnknownDate;

/**
 * One alteration in the alterations log: a real-world change of a mission or target by its body (or of the indicator a
 * target is measured by, by its publisher), never a correction of the record.
 *
 * @param number the alteration's number: dense, in the order alterations were recorded, from 1
 * @param eventId the event that recorded it
 * @param position the event's global position
 * @param eventType e.g. {@code TargetRevised}
 * @param scope {@code MISSION}, {@code TARGET} or {@code INDICATOR}
 * @param missionId the mission (absent for scope {@code INDICATOR}: see {@code affectedTargets})
 * @param missionTitle its title when the alteration was recorded
 * @param bodyId the body
 * @param bodyName its name
 * @param fictional the change belongs to a fictional body's mission (an illustrative example, not real data)
 * @param targetId the target, for scope {@code TARGET}
 * @param targetWording the target's wording after the alteration
 * @param indicatorId the indicator, for scope {@code INDICATOR}
 * @param kinds the classification: how the commitment changed
 * @param changes field by field, before and after
 * @param metricChangedWithoutRewording the metric or measurement basis changed while the wording did not
 * @param reason the stated reason
 * @param source the evidence
 * @param actor who recorded it
 * @param effectiveDate when it took effect; "date unknown" in JSON (null here) when the sources do not say
 * @param recordedAt when it was recorded
 * @param successorMissionId for a superseded mission, its successor
 * @param successorTargetId for a superseded target, its successor
 * @param affectedTargets for scope {@code INDICATOR}: the targets measured by the indicator
 * @param corrections corrections of this alteration's record (e.g. a mistyped source URL), oldest first
 */
public record AlterationView(
        long number,
        String eventId,
        long position,
        String eventType,
        Scope scope,
        String missionId,
        String missionTitle,
        String bodyId,
        String bodyName,
        boolean fictional,
        String targetId,
        String targetWording,
        String indicatorId,
        List<AlterationKind> kinds,
        List<FieldChange> changes,
        boolean metricChangedWithoutRewording,
        String reason,
        Source source,
        String actor,
        @JsonInclude(JsonInclude.Include.ALWAYS) @JsonSerialize(nullsUsing = UnknownDate.class) LocalDate effectiveDate,
        Instant recordedAt,
        String successorMissionId,
        String successorTargetId,
        List<AffectedTarget> affectedTargets,
        List<CorrectionView> corrections) {

    /** What was altered. */
    public enum Scope {
        MISSION,
        TARGET,
        INDICATOR
    }

    /**
     * A target measured by an indicator whose methodology changed.
     *
     * @param missionId the mission
     * @param targetId the target
     * @param bodyId the mission's body
     * @param wording the target's wording (unchanged by the indicator's change)
     */
    public record AffectedTarget(String missionId, String targetId, String bodyId, String wording) {}
}
