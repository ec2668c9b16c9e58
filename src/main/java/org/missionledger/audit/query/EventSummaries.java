package org.missionledger.audit.query;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.missionledger.common.api.AlterationKind;
import org.missionledger.common.api.FeatureApi;
import org.missionledger.common.api.FieldChange;
import org.missionledger.indicator.api.IndicatorDefined;
import org.missionledger.indicator.api.IndicatorMethodologyChanged;
import org.missionledger.indicator.api.IndicatorRecordCorrected;
import org.missionledger.indicator.api.ReadingRecorded;
import org.missionledger.indicator.api.ReadingRevised;
import org.missionledger.indicator.api.ReadingWithdrawn;
import org.missionledger.mission.api.AccountabilityAssigned;
import org.missionledger.mission.api.AccountabilityEnded;
import org.missionledger.mission.api.AccountabilityReassigned;
import org.missionledger.mission.api.AccountableRole;
import org.missionledger.mission.api.Holder;
import org.missionledger.mission.api.MissionAchieved;
import org.missionledger.mission.api.MissionDeclared;
import org.missionledger.mission.api.MissionDropped;
import org.missionledger.mission.api.MissionNoted;
import org.missionledger.mission.api.MissionRecordCorrected;
import org.missionledger.mission.api.MissionReworded;
import org.missionledger.mission.api.MissionSuperseded;
import org.missionledger.mission.api.NoteKind;
import org.missionledger.mission.api.TargetDropped;
import org.missionledger.mission.api.TargetReinstated;
import org.missionledger.mission.api.TargetRevised;
import org.missionledger.mission.api.TargetSet;
import org.missionledger.mission.api.TargetSuperseded;

/** One line of plain English per event, from the event alone (so it is the same wherever it is shown). */
@FeatureApi("one line of plain English per event, which the mission timeline shows too")
public final class EventSummaries {

    private static final int MAX = 240;

    private EventSummaries() {}

    public static String summary(Object payload) {
        return oneLine(text(payload));
    }

    private static String text(Object payload) {
        if (payload instanceof MissionDeclared e) {
            return e.body().name() + " declared mission '" + e.title() + "'";
        }
        if (payload instanceof MissionReworded e) {
            return "Mission " + e.missionId() + " reworded (" + fields(e.changes()) + ")";
        }
        if (payload instanceof MissionNoted e) {
            return (e.kind() == NoteKind.NO_MEASURABLE_TARGET
                            ? "No measurable target published for mission "
                            : "Note on mission ")
                    + e.missionId();
        }
        if (payload instanceof MissionAchieved e) {
            return "Mission " + e.missionId() + " declared achieved";
        }
        if (payload instanceof MissionDropped e) {
            return "Mission " + e.missionId() + " dropped";
        }
        if (payload instanceof MissionSuperseded e) {
            return "Mission " + e.missionId() + " superseded by mission " + e.successorMissionId();
        }
        if (payload instanceof TargetSet e) {
            return "Target " + e.targetId() + " set under mission " + e.missionId() + ": "
                    + e.terms().wording();
        }
        if (payload instanceof TargetRevised e) {
            return "Target " + e.targetId() + " revised (" + kinds(e.kinds()) + "): " + changes(e.changes());
        }
        if (payload instanceof TargetDropped e) {
            return "Target " + e.targetId() + " of mission " + e.missionId() + " dropped";
        }
        if (payload instanceof TargetReinstated e) {
            return "Target " + e.targetId() + " of mission " + e.missionId() + " reinstated";
        }
        if (payload instanceof TargetSuperseded e) {
            return "Target " + e.targetId() + " superseded by target " + e.successorTargetId();
        }
        if (payload instanceof AccountabilityAssigned e) {
            return holder(e.holder()) + " became " + role(e.role()) + scope(e.missionId(), e.targetId()) + " from "
                    + e.effectiveFrom();
        }
        if (payload instanceof AccountabilityEnded e) {
            return "Tenure " + e.tenureId() + " of mission " + e.missionId() + " ended on " + e.effectiveTo();
        }
        if (payload instanceof AccountabilityReassigned e) {
            return role(e.role()) + scope(e.missionId(), e.targetId()) + " passed from " + holder(e.previousHolder())
                    + " to " + holder(e.holder()) + " on " + e.effectiveFrom();
        }
        if (payload instanceof MissionRecordCorrected e) {
            return "Record corrected (" + e.subject() + " of mission " + e.missionId() + "): " + changes(e.changes());
        }
        if (payload instanceof IndicatorDefined e) {
            return "Indicator " + e.indicatorId() + " defined: " + e.name() + " (" + e.unit() + ", " + e.publisher()
                    + ")";
        }
        if (payload instanceof IndicatorMethodologyChanged e) {
            return "Indicator " + e.indicatorId() + " methodology changed (" + fields(e.changes()) + ")";
        }
        if (payload instanceof ReadingRecorded e) {
            return "Indicator " + e.indicatorId() + " " + e.period() + ": " + plain(e.value()) + " first published"
                    + vintage(e.vintage());
        }
        if (payload instanceof ReadingRevised e) {
            return "Indicator " + e.indicatorId() + " " + e.period() + " revised from " + plain(e.previousValue())
                    + " to " + plain(e.value()) + vintage(e.vintage());
        }
        if (payload instanceof ReadingWithdrawn e) {
            return "Indicator " + e.indicatorId() + " " + e.period() + " withdrawn";
        }
        if (payload instanceof IndicatorRecordCorrected e) {
            return "Record corrected (" + e.subject() + " of indicator " + e.indicatorId() + "): "
                    + changes(e.changes());
        }
        return payload == null ? "Unknown event" : payload.getClass().getSimpleName();
    }

    private static String scope(String missionId, String targetId) {
        return targetId == null ? " for mission " + missionId : " for target " + targetId + " of mission " + missionId;
    }

    private static String holder(Holder holder) {
        return holder.post() == null || holder.post().isBlank()
                ? holder.name()
                : holder.name() + " (" + holder.post() + ")";
    }

    private static String role(AccountableRole role) {
        String kind = role.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return role.title() == null || role.title().isBlank() ? kind : role.title();
    }

    private static String kinds(List<AlterationKind> kinds) {
        return kinds.stream()
                .map(k -> k.name().toLowerCase(Locale.ROOT).replace('_', ' '))
                .collect(Collectors.joining(", "));
    }

    private static String fields(List<FieldChange> changes) {
        return changes.stream().map(FieldChange::field).collect(Collectors.joining(", "));
    }

    private static String changes(List<FieldChange> changes) {
        return changes.stream()
                .map(c -> c.field() + " " + display(c.before()) + " → " + display(c.after()))
                .collect(Collectors.joining("; "));
    }

    private static String display(String value) {
        if (value == null) {
            return "(none)";
        }
        return value.length() > 60 ? "'" + value.substring(0, 57) + "...'" : "'" + value + "'";
    }

    private static String vintage(String vintage) {
        return vintage == null ? "" : " (vintage " + vintage + ")";
    }

    private static String plain(BigDecimal value) {
        return value == null ? "(none)" : value.stripTrailingZeros().toPlainString();
    }

    private static String oneLine(String text) {
        String line = text.replaceAll("\\s+", " ").trim();
        return line.length() > MAX ? line.substring(0, MAX - 1) + "…" : line;
    }
}
