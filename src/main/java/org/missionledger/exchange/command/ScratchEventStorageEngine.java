package org.missionledger.exchange.command;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.modelling.command.ConcurrencyException;

/**
 * The dry run's event store: per-aggregate lists in memory, seeded with copies of the real events of the aggregates an
 * import touches, and forgotten aggregate by aggregate so that a long file does not pile up in memory. Never tracked.
 */
final class ScratchEventStorageEngine implements EventStorageEngine {

    private final Map<String, List<DomainEventMessage<?>>> streams = new HashMap<>();

    synchronized boolean holds(String aggregateId) {
        return streams.containsKey(aggregateId);
    }

    synchronized Optional<String> typeOf(String aggregateId) {
        List<DomainEventMessage<?>> stream = streams.get(aggregateId);
        return stream == null || stream.isEmpty()
                ? Optional.empty()
                : Optional.of(stream.get(0).getType());
    }

    synchronized void seed(String aggregateId, List<? extends DomainEventMessage<?>> events) {
        streams.put(aggregateId, new ArrayList<>(events));
    }

    synchronized void forget(String aggregateId) {
        streams.remove(aggregateId);
    }

    /** The identifier of the last event of the aggregate's stream. */
    synchronized String lastEventId(String aggregateId) {
        List<DomainEventMessage<?>> stream = streams.get(aggregateId);
        return stream.get(stream.size() - 1).getIdentifier();
    }

    @Override
    public synchronized void appendEvents(List<? extends EventMessage<?>> events) {
        for (EventMessage<?> event : events) {
            if (!(event instanceof DomainEventMessage<?> domainEvent)) {
                continue;
            }
            List<DomainEventMessage<?>> stream =
                    streams.computeIfAbsent(domainEvent.getAggregateIdentifier(), id -> new ArrayList<>());
            if (domainEvent.getSequenceNumber() != stream.size()) {
                throw new ConcurrencyException("Sequence " + domainEvent.getSequenceNumber() + " of '"
                        + domainEvent.getAggregateIdentifier() + "' is already taken");
            }
            stream.add(domainEvent);
        }
    }

    @Override
    public void storeSnapshot(DomainEventMessage<?> snapshot) {
        // the dry run never snapshots
    }

    @Override
    public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
        return Stream.empty();
    }

    @Override
    public synchronized DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
        List<DomainEventMessage<?>> stream = streams.getOrDefault(aggregateIdentifier, List.of());
        List<DomainEventMessage<?>> copy =
                List.copyOf(stream.subList((int) Math.min(firstSequenceNumber, stream.size()), stream.size()));
        return DomainEventStream.of(copy.stream());
    }

    @Override
    public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
        return Optional.empty();
    }

    @Override
    public TrackingToken createTailToken() {
        return null;
    }

    @Override
    public TrackingToken createHeadToken() {
        return null;
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return null;
    }
}
