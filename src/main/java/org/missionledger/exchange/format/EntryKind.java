package org.missionledger.exchange.format;

import java.util.Arrays;
import java.util.Optional;
import org.missionledger.indicator.api.ChangeIndicatorMethodology;
import org.missionledger.indicator.api.CorrectIndicatorRecord;
import org.missionledger.indicator.api.DefineIndicator;
import org.missionledger.indicator.api.IndicatorDefined;
import org.missionledger.indicator.api.IndicatorMethodologyChanged;
import org.missionledger.indicator.api.IndicatorRecordCorrected;
import org.missionledger.indicator.api.ReadingRecorded;
import org.missionledger.indicator.api.ReadingRevised;
import org.missionledger.indicator.api.ReadingWithdrawn;
import org.missionledger.indicator.api.RecordReading;
import org.missionledger.indicator.api.ReviseReading;
import org.missionledger.indicator.api.WithdrawReading;
import org.missionledger.mission.api.AccountabilityAssigned;
import org.missionledger.mission.api.AccountabilityEnded;
import org.missionledger.mission.api.AccountabilityReassigned;
import org.missionledger.mission.api.AssignAccountability;
import org.missionledger.mission.api.CorrectMissionRecord;
import org.missionledger.mission.api.DeclareMission;
import org.missionledger.mission.api.DropMission;
import org.missionledger.mission.api.DropTarget;
import org.missionledger.mission.api.EndAccountability;
import org.missionledger.mission.api.MarkMissionAchieved;
import org.missionledger.mission.api.MissionAchieved;
import org.missionledger.mission.api.MissionDeclared;
import org.missionledger.mission.api.MissionDropped;
import org.missionledger.mission.api.MissionNoted;
import org.missionledger.mission.api.MissionRecordCorrected;
import org.missionledger.mission.api.MissionReworded;
import org.missionledger.mission.api.MissionSuperseded;
import org.missionledger.mission.api.NoteMission;
import org.missionledger.mission.api.ReassignAccountability;
import org.missionledger.mission.api.ReinstateTarget;
import org.missionledger.mission.api.ReviseTarget;
import org.missionledger.mission.api.RewordMission;
import org.missionledger.mission.api.SetTarget;
import org.missionledger.mission.api.SupersedeMission;
import org.missionledger.mission.api.SupersedeTarget;
import org.missionledger.mission.api.TargetDropped;
import org.missionledger.mission.api.TargetReinstated;
import org.missionledger.mission.api.TargetRevised;
import org.missionledger.mission.api.TargetSet;
import org.missionledger.mission.api.TargetSuperseded;

/**
 * Every entry type of the import format: its key in the file, the command it becomes, and the event that command
 * records (which is how an export turns events back into entries).
 */
public enum EntryKind {
    DECLARE(AggregateKind.MISSION, "declare", DeclareMission.class, MissionDeclared.class),
    REWORD(AggregateKind.MISSION, "reword", RewordMission.class, MissionReworded.class),
    ACHIEVE(AggregateKind.MISSION, "achieve", MarkMissionAchieved.class, MissionAchieved.class),
    NOTE(AggregateKind.MISSION, "note", NoteMission.class, MissionNoted.class),
    DROP(AggregateKind.MISSION, "drop", DropMission.class, MissionDropped.class),
    SUPERSEDE(AggregateKind.MISSION, "supersede", SupersedeMission.class, MissionSuperseded.class),
    SET_TARGET(AggregateKind.MISSION, "setTarget", SetTarget.class, TargetSet.class),
    REVISE_TARGET(AggregateKind.MISSION, "reviseTarget", ReviseTarget.class, TargetRevised.class),
    DROP_TARGET(AggregateKind.MISSION, "dropTarget", DropTarget.class, TargetDropped.class),
    REINSTATE_TARGET(AggregateKind.MISSION, "reinstateTarget", ReinstateTarget.class, TargetReinstated.class),
    SUPERSEDE_TARGET(AggregateKind.MISSION, "supersedeTarget", SupersedeTarget.class, TargetSuperseded.class),
    ASSIGN(AggregateKind.MISSION, "assign", AssignAccountability.class, AccountabilityAssigned.class),
    END(AggregateKind.MISSION, "end", EndAccountability.class, AccountabilityEnded.class),
    REASSIGN(AggregateKind.MISSION, "reassign", ReassignAccountability.class, AccountabilityReassigned.class),
    CORRECT_MISSION(AggregateKind.MISSION, "correct", CorrectMissionRecord.class, MissionRecordCorrected.class),
    DEFINE(AggregateKind.INDICATOR, "define", DefineIndicator.class, IndicatorDefined.class),
    METHODOLOGY_CHANGE(
            AggregateKind.INDICATOR,
            "methodologyChange",
            ChangeIndicatorMethodology.class,
            IndicatorMethodologyChanged.class),
    READING(AggregateKind.INDICATOR, "reading", RecordReading.class, ReadingRecorded.class),
    READING_REVISION(AggregateKind.INDICATOR, "readingRevision", ReviseReading.class, ReadingRevised.class),
    READING_WITHDRAWAL(AggregateKind.INDICATOR, "readingWithdrawal", WithdrawReading.class, ReadingWithdrawn.class),
    CORRECT_INDICATOR(AggregateKind.INDICATOR, "correct", CorrectIndicatorRecord.class, IndicatorRecordCorrected.class);

    private final AggregateKind aggregate;
    private final String key;
    private final Class<? extends Record> command;
    private final Class<? extends Record> event;

    EntryKind(AggregateKind aggregate, String key, Class<? extends Record> command, Class<? extends Record> event) {
        this.aggregate = aggregate;
        this.key = key;
        this.command = command;
        this.event = event;
    }

    public AggregateKind aggregate() {
        return aggregate;
    }

    /** The entry's key in the file, e.g. {@code reviseTarget}. */
    public String key() {
        return key;
    }

    public Class<? extends Record> command() {
        return command;
    }

    public Class<? extends Record> event() {
        return event;
    }

    public boolean creates() {
        return this == DECLARE || this == DEFINE;
    }

    public boolean corrects() {
        return this == CORRECT_MISSION || this == CORRECT_INDICATOR;
    }

    public static Optional<EntryKind> of(AggregateKind aggregate, String key) {
        return Arrays.stream(values())
                .filter(k -> k.aggregate == aggregate && k.key.equals(key))
                .findFirst();
    }

    public static Optional<EntryKind> ofEvent(Class<?> eventType) {
        return Arrays.stream(values()).filter(k -> k.event == eventType).findFirst();
    }
}
