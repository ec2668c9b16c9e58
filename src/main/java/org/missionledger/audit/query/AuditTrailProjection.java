package org.missionledger.audit.query;

import org.axonframework.config.ProcessingGroup;
import org.missionledger.platform.projection.ProjectionEventHandler;
import org.missionledger.platform.projection.ProjectionStore;
import org.springframework.stereotype.Component;

/** Runs the audit-trail projection on its own processor. */
@Component
@ProcessingGroup(AuditTrailProjector.NAME)
class AuditTrailProjection extends ProjectionEventHandler {

    AuditTrailProjection(AuditTrailProjector projector, ProjectionStore liveProjectionStore) {
        super(projector, liveProjectionStore);
    }
}
