package org.missionledger.mission;

import static org.missionledger.platform.security.RecordingRule.forBody;
import static org.missionledger.platform.security.RecordingRule.requires;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.missionledger.mission.api.AssignAccountability;
import org.missionledger.mission.api.CorrectMissionRecord;
import org.missionledger.mission.api.DeclareMission;
import org.missionledger.mission.api.DropMission;
import org.missionledger.mission.api.DropTarget;
import org.missionledger.mission.api.EndAccountability;
import org.missionledger.mission.api.MarkMissionAchieved;
import org.missionledger.mission.api.MissionAggregateType;
import org.missionledger.mission.api.MissionRefusal;
import org.missionledger.mission.api.NoteMission;
import org.missionledger.mission.api.ReassignAccountability;
import org.missionledger.mission.api.ReinstateTarget;
import org.missionledger.mission.api.ReviseTarget;
import org.missionledger.mission.api.RewordMission;
import org.missionledger.mission.api.SetTarget;
import org.missionledger.mission.api.SupersedeMission;
import org.missionledger.mission.api.SupersedeTarget;
import org.missionledger.mission.command.MissionAggregate;
import org.missionledger.mission.command.MissionBodies;
import org.missionledger.platform.feature.FeatureRegistration;
import org.missionledger.platform.security.RecordingRule;
import org.missionledger.platform.security.Role;
import org.springframework.stereotype.Component;

/**
 * The mission feature as the platform knows it: the mission aggregate, and who may record its commands — a RECORDER
 * granted the mission's body (the body a declaration names, or the body that declared the mission), corrections an
 * EDITOR.
 */
@Component
public class MissionFeature implements FeatureRegistration {

    private final MissionBodies bodies;

    public MissionFeature(EventStore eventStore) {
        this.bodies = new MissionBodies(eventStore);
    }

    @Override
    public String name() {
        return "mission";
    }

    @Override
    public List<Aggregate> aggregates() {
        return List.of(Aggregate.of(
                MissionAggregateType.NAME, MissionAggregate.class, MissionRefusal.MISSION_ALREADY_DECLARED));
    }

    @Override
    public List<Command<?>> commands() {
        return List.of(
                Command.of(
                        DeclareMission.class, forBody(c -> Optional.of(c.body().id()))),
                Command.of(RewordMission.class, ofMission(RewordMission::missionId)),
                Command.of(NoteMission.class, ofMission(NoteMission::missionId)),
                Command.of(MarkMissionAchieved.class, ofMission(MarkMissionAchieved::missionId)),
                Command.of(DropMission.class, ofMission(DropMission::missionId)),
                Command.of(SupersedeMission.class, ofMission(SupersedeMission::missionId)),
                Command.of(SetTarget.class, ofMission(SetTarget::missionId)),
                Command.of(ReviseTarget.class, ofMission(ReviseTarget::missionId)),
                Command.of(DropTarget.class, ofMission(DropTarget::missionId)),
                Command.of(ReinstateTarget.class, ofMission(ReinstateTarget::missionId)),
                Command.of(SupersedeTarget.class, ofMission(SupersedeTarget::missionId)),
                Command.of(AssignAccountability.class, ofMission(AssignAccountability::missionId)),
                Command.of(ReassignAccountability.class, ofMission(ReassignAccountability::missionId)),
                Command.of(EndAccountability.class, ofMission(EndAccountability::missionId)),
                Command.of(CorrectMissionRecord.class, requires(Role.EDITOR, "record corrections")));
    }

    private <C> RecordingRule<C> ofMission(Function<C, String> missionId) {
        return forBody(command -> bodies.bodyOf(missionId.apply(command)));
    }

    @Override
    public List<MissionRefusal> refusals() {
        return Arrays.asList(MissionRefusal.values());
    }
}
