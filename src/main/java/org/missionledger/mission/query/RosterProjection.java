package org.missionledger.mission.query;

import org.axonframework.config.ProcessingGroup;
import org.missionledger.platform.projection.ProjectionEventHandler;
import org.missionledger.platform.projection.ProjectionStore;
import org.springframework.stereotype.Component;

/** Runs the accountability-roster projection on its own processor. */
@Component
@ProcessingGroup(RosterProjector.NAME)
class RosterProjection extends ProjectionEventHandler {

    RosterProjection(RosterProjector projector, ProjectionStore liveProjectionStore) {
        super(projector, liveProjectionStore);
    }
}
