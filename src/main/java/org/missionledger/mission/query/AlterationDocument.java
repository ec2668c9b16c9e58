package org.missionledger.mission.query;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.missionledger.common.api.AlterationKind;
import org.missionledger.common.api.CorrectionView;
import org.missionledger.common.api.FieldChange;
import org.missionledger.common.api.Source;
import org.missionledger.mission.api.AlterationView;

/**
 * One alteration ({@code _id} = its number, dense from 1 in recording order; {@code eventId} has a unique index).
 * {@code missionIds} and {@code bodyIds} list every mission and body it concerns (several for a change of an
 * indicator's methodology).
 */
public final class AlterationDocument {

    @JsonProperty("_id")
    public long number;

    /** Global index of the last event applied to this document (the alteration itself or a later correction). */
    public long position;

    public String eventId;
    public long eventPosition;
    public String eventType;
    public AlterationView.Scope scope;
    public String missionId;
    public String missionTitle;
    public String bodyId;
    public String bodyName;
    public boolean fictional;
    public String targetId;
    public String targetWording;
    public String indicatorId;
    public List<String> missionIds = new ArrayList<>();
    public List<String> bodyIds = new ArrayList<>();
    public List<AlterationKind> kinds = new ArrayList<>();
    public List<FieldChange> changes = new ArrayList<>();
    public boolean metricChangedWithoutRewording;
    public String reason;
    public Source source;
    public String actor;
    public LocalDate effectiveDate;
    public Instant recordedAt;
    public String successorMissionId;
    public String successorTargetId;
    public List<AlterationView.AffectedTarget> affectedTargets = new ArrayList<>();
    public List<CorrectionView> corrections = new ArrayList<>();

    public AlterationView view() {
        return new AlterationView(
                number,
                eventId,
                eventPosition,
                eventType,
                scope,
                missionId,
                missionTitle,
                bodyId,
                bodyName,
                fictional,
                targetId,
                targetWording,
                indicatorId,
                kinds,
                changes,
                metricChangedWithoutRewording,
                reason,
                source,
                actor,
                effectiveDate,
                recordedAt,
                successorMissionId,
                successorTargetId,
                affectedTargets,
                corrections);
    }
}
