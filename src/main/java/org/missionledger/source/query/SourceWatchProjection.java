package org.missionledger.source.query;

import org.axonframework.config.ProcessingGroup;
import org.missionledger.platform.projection.ProjectionEventHandler;
import org.missionledger.platform.projection.ProjectionStore;
import org.springframework.stereotype.Component;

/** Runs the source-watch projection on its own processor. */
@Component
@ProcessingGroup(SourceWatchProjector.NAME)
class SourceWatchProjection extends ProjectionEventHandler {

    SourceWatchProjection(SourceWatchProjector projector, ProjectionStore liveProjectionStore) {
        super(projector, liveProjectionStore);
    }
}
