package org.missionledger.exchange;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.missionledger.platform.eventstore.GlobalIndexEventStorageEngine;
import org.missionledger.platform.eventstore.StoredEvent;

/**
 * Per-aggregate event streams in a form that compares across stores: what must be equal after export and import
 * (type, revision, payload, metadata) and nothing of what legitimately differs (event ids — so a correction's
 * reference becomes the corrected event's sequence —, recorded time, actor, correlation and trace ids).
 */
public final class EventStreams {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> PER_RECORDING = List.of("actor", "recordedAt", "correlationId", "traceId");

    private EventStreams() {}

    public static List<StoredEvent> all(GlobalIndexEventStorageEngine engine) {
        List<StoredEvent> events = new ArrayList<>();
        List<StoredEvent> window;
        long after = 0;
        while (!(window = engine.readStoredEvents(after, 500)).isEmpty()) {
            events.addAll(window);
            after = window.get(window.size() - 1).globalIndex();
        }
        return events;
    }

    public static Map<String, List<String>> of(GlobalIndexEventStorageEngine engine) {
        return of(all(engine));
    }

    public static Map<String, List<String>> of(List<StoredEvent> events) {
        Map<String, Long> sequenceOfEvent = new HashMap<>();
        events.forEach(e -> sequenceOfEvent.put(e.eventId(), e.sequence()));
        Map<String, List<String>> streams = new LinkedHashMap<>();
        for (StoredEvent event : events) {
            try {
                ObjectNode payload = (ObjectNode) JSON.readTree(event.payload());
                if (payload.has("correctedEventId")) {
                    payload.put(
                            "correctedEventId",
                            "#"
                                    + sequenceOfEvent.get(
                                            payload.get("correctedEventId").asText()));
                }
                ObjectNode metadata = (ObjectNode) JSON.readTree(event.metadata());
                metadata.remove(PER_RECORDING);
                streams.computeIfAbsent(event.aggregateType() + " " + event.aggregateId(), id -> new ArrayList<>())
                        .add(event.sequence() + " " + event.payloadType() + "@" + event.payloadRevision() + " "
                                + payload + " " + metadata);
            } catch (Exception e) {
                throw new IllegalStateException("Cannot read event " + event.globalIndex(), e);
            }
        }
        return streams;
    }
}
