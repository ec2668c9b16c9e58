package org.missionledger.platform.projection;

import java.time.Instant;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.messaging.annotation.SourceId;
import org.missionledger.platform.axon.CommandMetadataInterceptor;

/**
 * The Axon side of a projection: receives every event of its processing group, in global order, and hands it to the
 * projection's {@link Projector} on the live collections. Subclasses only name the processing group:
 *
 * <pre>{@code
 * @Component
 * @ProcessingGroup(MissionBoardProjector.NAME)
 * class MissionBoardProjection extends ProjectionEventHandler { ... }
 * }</pre>
 */
public abstract class ProjectionEventHandler {

    private final Projector projector;
    private final ProjectionStore live;

    protected ProjectionEventHandler(Projector projector, ProjectionStore live) {
        this.projector = projector;
        this.live = live;
    }

    @EventHandler
    public void on(
            Object payload,
            EventMessage<?> message,
            @MessageIdentifier String eventId,
            @SourceId String aggregateId,
            @SequenceNumber Long sequence,
            @Timestamp Instant recordedAt,
            @MetaDataValue(CommandMetadataInterceptor.ACTOR) String actor,
            @MetaDataValue(CommandMetadataInterceptor.EFFECTIVE_DATE) String effectiveDate,
            TrackingToken token) {
        String aggregateType = message instanceof DomainEventMessage<?> domain ? domain.getType() : null;
        projector.apply(
                LedgerEvent.of(
                        payload,
                        eventId,
                        TrackingTokens.globalIndex(token),
                        aggregateType,
                        aggregateId,
                        sequence == null ? 0 : sequence,
                        recordedAt,
                        actor,
                        effectiveDate),
                live);
    }

    /** Called by {@code resetTokens()} before a replay: the projection starts again from empty collections. */
    @ResetHandler
    public void reset() {
        projector.reset(live);
        projector.ensureIndexes(live);
    }
}
