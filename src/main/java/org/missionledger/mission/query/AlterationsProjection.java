package org.missionledger.mission.query;

import org.axonframework.config.ProcessingGroup;
import org.missionledger.platform.projection.ProjectionEventHandler;
import org.missionledger.platform.projection.ProjectionStore;
import org.springframework.stereotype.Component;

/** Runs the alterations projection on its own processor. */
@Component
@ProcessingGroup(AlterationsProjector.NAME)
class AlterationsProjection extends ProjectionEventHandler {

    AlterationsProjection(AlterationsProjector projector, ProjectionStore liveProjectionStore) {
        super(projector, liveProjectionStore);
    }
}
