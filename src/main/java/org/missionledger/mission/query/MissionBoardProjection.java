package org.missionledger.mission.query;

import org.axonframework.config.ProcessingGroup;
import org.missionledger.platform.projection.ProjectionEventHandler;
import org.missionledger.platform.projection.ProjectionStore;
import org.springframework.stereotype.Component;

/** Runs the mission-board projection on its own processor. */
@Component
@ProcessingGroup(MissionBoardProjector.NAME)
class MissionBoardProjection extends ProjectionEventHandler {

    MissionBoardProjection(MissionBoardProjector projector, ProjectionStore liveProjectionStore) {
        super(projector, liveProjectionStore);
    }
}
