package org.missionledger.platform.axon;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.missionledger.common.command.LedgerDirectory;
import org.missionledger.platform.eventstore.EventLog;

/** Answers "does this aggregate exist?" from the first event of its stream: one point lookup in the event store. */
final class EventStoreDirectory implements LedgerDirectory {

    private static final int REMEMBERED_BODIES = 10_000;

    private final EventLog eventLog;
    private final ObjectMapper json = EventJson.eventMapper();
    /** A mission's body never changes, so it is remembered (bounded, least recently used first out). */
    private final Map<String, String> bodies = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > REMEMBERED_BODIES;
        }
    });

    EventStoreDirectory(EventLog eventLog) {
        this.eventLog = eventLog;
    }

    @Override
    public boolean missionExists(String missionId) {
        return "MissionAggregate".equals(eventLog.aggregateTypeOf(missionId).orElse(null));
    }

    @Override
    public boolean indicatorExists(String indicatorId) {
        return "IndicatorAggregate".equals(eventLog.aggregateTypeOf(indicatorId).orElse(null));
    }

    @Override
    public Optional<String> missionBodyId(String missionId) {
        String known = bodies.get(missionId);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<String> body = eventLog.firstEvent(missionId)
                .filter(event -> "MissionAggregate".equals(event.aggregateType()))
                .map(event -> {
                    try {
                        return json.readTree(event.payload())
                                .path("body")
                                .path("id")
                                .asText(null);
                    } catch (JsonProcessingException e) {
                        throw new IllegalStateException("Unreadable MissionDeclared for " + missionId, e);
                    }
                });
        body.ifPresent(id -> bodies.put(missionId, id));
        return body;
    }
}
