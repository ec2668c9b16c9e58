package org.missionledger.indicator.query;

import org.axonframework.config.ProcessingGroup;
import org.missionledger.platform.projection.ProjectionEventHandler;
import org.missionledger.platform.projection.ProjectionStore;
import org.springframework.stereotype.Component;

/** Runs the indicator-series projection on its own processor. */
@Component
@ProcessingGroup(IndicatorSeriesProjector.NAME)
class IndicatorSeriesProjection extends ProjectionEventHandler {

    IndicatorSeriesProjection(IndicatorSeriesProjector projector, ProjectionStore liveProjectionStore) {
        super(projector, liveProjectionStore);
    }
}
