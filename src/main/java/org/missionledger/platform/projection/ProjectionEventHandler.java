package org.missionledger.platform.projection;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.messaging.annotation.SourceId;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.missionledger.platform.axon.CommandMetadataInterceptor;
import org.missionledger.platform.eventstore.EventLog;
import org.springframework.beans.factory.annotation.Autowired;

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

    private static final String BATCH_RESOURCE = ProjectionBatch.class.getName();

    private final Projector projector;
    private final ProjectionStore live;
    private EventLog eventLog;

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
            TrackingToken token,
            DeadLetter<?> deadLetter) {
        String aggregateType = message instanceof DomainEventMessage<?> domain ? domain.getType() : null;
        if (deadLetter != null && eventLog != null) {
            // A retried dead letter: the queue keeps the event's timestamp to the millisecond only, and the views
            // store recorded times to the nanosecond. Take the exact one from the event store, as a rebuild does.
            recordedAt = eventLog.storedEvent(eventId)
                    .map(stored -> Instant.parse(stored.timestamp()))
                    .orElse(recordedAt);
        }
        if (deadLetter == null) {
            joinBatch();
        }
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

    /**
     * Binds a {@link ProjectionBatch} to the processor's unit of work on its first event: the batch's documents are
     * preloaded, the events applied in memory, and the changes written just before the token (by
     * {@link BatchFlushingTokenStore}, with a flush at prepare-commit as a safety net). A retried dead letter is applied
     * on its own, straight to the store.
     */
    private void joinBatch() {
        if (!CurrentUnitOfWork.isStarted()) {
            return;
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
        if (unitOfWork.resources().containsKey(BATCH_RESOURCE)) {
            return;
        }
        ProjectionBatch batch = ProjectionBatch.begin(projector, live);
        unitOfWork.resources().put(BATCH_RESOURCE, batch);
        unitOfWork.onPrepareCommit(u -> batch.flush());
        unitOfWork.onCleanup(u -> ProjectionBatch.end());
        if (unitOfWork instanceof BatchingUnitOfWork<?> batching) {
            List<LedgerEvent> events = new ArrayList<>(batching.getMessages().size());
            for (Message<?> message : batching.getMessages()) {
                if (message instanceof TrackedEventMessage<?> tracked) {
                    events.add(LedgerEvent.of(tracked, tracked.trackingToken()));
                }
            }
            projector.preload(events, live);
        }
    }

    @Autowired(required = false)
    void setEventLog(EventLog eventLog) {
        this.eventLog = eventLog;
    }

    /** Called by {@code resetTokens()} before a replay: the projection starts again from empty collections. */
    @ResetHandler
    public void reset() {
        projector.reset(live);
        projector.ensureIndexes(live);
    }
}
