package org.missionledger.mission.command;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.missionledger.mission.api.MissionAggregateType;
import org.missionledger.mission.api.MissionDeclared;

/**
 * The body that declared a mission, read from the mission's first event as Axon reads any event (through the
 * upcasters), for the recording rule "a RECORDER granted the mission's body".
 */
public final class MissionBodies {

    private static final int REMEMBERED_BODIES = 10_000;

    private final EventStore events;
    /** A mission's body never changes, so it is remembered (bounded, least recently used first out). */
    private final Map<String, String> bodies = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > REMEMBERED_BODIES;
        }
    });

    public MissionBodies(EventStore events) {
        this.events = events;
    }

    /** The id of the body that declared the mission, if the mission exists. */
    public Optional<String> bodyOf(String missionId) {
        String known = bodies.get(missionId);
        if (known != null) {
            return Optional.of(known);
        }
        DomainEventStream stream = events.readEvents(missionId, 0);
        if (!stream.hasNext()) {
            return Optional.empty();
        }
        DomainEventMessage<?> first = stream.next();
        if (!MissionAggregateType.NAME.equals(first.getType())
                || !(first.getPayload() instanceof MissionDeclared declared)) {
            return Optional.empty();
        }
        String body = declared.body().id();
        bodies.put(missionId, body);
        return Optional.of(body);
    }
}
