package org.missionledger.mission.query;

import org.axonframework.config.ProcessingGroup;
import org.missionledger.platform.projection.ProjectionEventHandler;
import org.missionledger.platform.projection.ProjectionStore;
import org.springframework.stereotype.Component;

/** Runs the target-status projection on its own processor. */
@Component
@ProcessingGroup(TargetStatusProjector.NAME)
class TargetStatusProjection extends ProjectionEventHandler {

    TargetStatusProjection(TargetStatusProjector projector, ProjectionStore liveProjectionStore) {
        super(projector, liveProjectionStore);
    }
}
