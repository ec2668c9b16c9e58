package org.missionledger.support;

import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.missionledger.platform.projection.LedgerEvent;

/**
 * Builds the events a projection sees, in global order, as the event store would deliver them: global index from 1,
 * sequence per aggregate from 0, a recording clock the test moves, the actor {@code tester}.
 */
public final class LedgerEvents {

    private long global;
    private final Map<String, Long> sequences = new HashMap<>();
    private Instant now = Instant.parse("2025-01-06T09:00:00Z");
    private final List<LedgerEvent> all = new ArrayList<>();

    /** Events from now on are recorded at {@code instant}. */
    public LedgerEvents recordedAt(Instant instant) {
        this.now = instant;
        return this;
    }

    public LedgerEvents advance(Duration duration) {
        this.now = now.plus(duration);
        return this;
    }

    public Instant now() {
        return now;
    }

    /** The next event; recorded one second after the previous one. */
    public LedgerEvent next(Object payload) {
        String pkg = payload.getClass().getPackageName();
        String aggregateType = pkg.contains(".indicator.")
                ? "IndicatorAggregate"
                : pkg.contains(".source.") ? "SourceAggregate" : "MissionAggregate";
        String aggregateId = component(
                payload,
                switch (aggregateType) {
                    case "IndicatorAggregate" -> "indicatorId";
                    case "SourceAggregate" -> "sourceId";
                    default -> "missionId";
                });
        long sequence = sequences.merge(aggregateId, 0L, (a, b) -> a + 1);
        now = now.plusSeconds(1);
        LedgerEvent event = LedgerEvent.of(
                payload,
                UUID.randomUUID().toString(),
                ++global,
                aggregateType,
                aggregateId,
                sequence,
                now,
                "tester",
                null);
        all.add(event);
        return event;
    }

    /** Every event built so far, in global order. */
    public List<LedgerEvent> all() {
        return List.copyOf(all);
    }

    private static String component(Object payload, String name) {
        try {
            for (RecordComponent c : payload.getClass().getRecordComponents()) {
                if (c.getName().equals(name)) {
                    return (String) c.getAccessor().invoke(payload);
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        throw new IllegalArgumentException(payload.getClass() + " has no " + name);
    }
}
