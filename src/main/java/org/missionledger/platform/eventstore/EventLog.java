package org.missionledger.platform.eventstore;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;

/**
 * The event log as the rest of the application sees it: one dense global order of stored events, its head, and the
 * events of one aggregate. The port every feature, export, projection and the transparency log use; only Axon (through
 * its {@code EventStorageEngine}) appends, so the port has no append.
 *
 * <p>Two views of the same events: {@link StoredEvent}s are the exact stored bytes (exports, leaf hashes, rebuild
 * positions), the Axon messages are deserialised through the upcaster chain (folds, replays).
 */
public interface EventLog {

    /** The last allocated global index: the head of the order, possibly with writes still in flight. */
    long headIndex();

    /**
     * The global index of the last stored event: the head without the tombstones and in-flight allocations after it.
     * What a fully caught-up processor reports, so what lag is measured against.
     */
    long lastEventIndex();

    /** True when {@code globalIndex} was closed with a tombstone (a gap that timed out or an abandoned write). */
    boolean isTombstone(long globalIndex);

    /**
     * Stored events in global order after {@code afterIndex}, at most {@code limit} of them. Stops at the first index
     * not yet written (it may still be in flight) and skips tombstones; never closes gaps. Page through the order by
     * passing the last returned event's global index.
     */
    List<StoredEvent> readStoredEvents(long afterIndex, int limit);

    /** One stored event by its event identifier. */
    Optional<StoredEvent> storedEvent(String eventId);

    /** The type of the aggregate whose stream starts with {@code aggregateId}, from its first event. */
    Optional<String> aggregateTypeOf(String aggregateId);

    /** Every event of one aggregate, upcast and deserialised, in sequence order (no snapshot). */
    DomainEventStream readEvents(String aggregateId);

    /** The events of one aggregate from {@code firstSequenceNumber} on, upcast and deserialised. */
    DomainEventStream readEvents(String aggregateId, long firstSequenceNumber);

    /**
     * The global order after {@code trackingToken} (from the start when null), upcast and deserialised, as a tracking
     * processor reads it (timed-out gaps are closed on the way).
     */
    Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock);
}
