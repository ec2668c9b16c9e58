package org.missionledger.platform.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.missionledger.platform.eventstore.EngineFixture.readAll;

import com.mongodb.client.model.Indexes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code createTokenAt} compares recorded times as instants, whatever the width of their stored ISO-8601 text. */
class CreateTokenAtTest {

    private static final Instant T0 = Instant.parse("2026-12-04T10:00:00Z");

    private final EngineFixture fixture = new EngineFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void comparesTimestampsAsInstantsNotAsTheirVariableWidthText() {
        GlobalIndexEventStorageEngine engine = fixture.engine(Duration.ofSeconds(5));
        // stored as 10:00:00Z, 10:00:00.500Z, 10:00:01Z, 10:00:01.250Z: as text, "10:00:00Z" sorts after "10:00:00.5Z"
        engine.appendEvents(at("a", 0, "a", T0));
        engine.appendEvents(at("a", 1, "b", T0.plusMillis(500)));
        engine.appendEvents(at("a", 2, "c", T0.plusSeconds(1)));
        engine.appendEvents(at("a", 3, "d", T0.plusMillis(1250)));

        assertThat(index(engine.createTokenAt(T0.minusSeconds(1)))).isZero();
        assertThat(index(engine.createTokenAt(T0))).isZero();
        assertThat(index(engine.createTokenAt(T0.plusMillis(250)))).isEqualTo(1);
        assertThat(index(engine.createTokenAt(T0.plusSeconds(1)))).isEqualTo(2);
        assertThat(index(engine.createTokenAt(T0.plusMillis(1001)))).isEqualTo(3);
        assertThat(index(engine.createTokenAt(T0.plusSeconds(2)))).isEqualTo(4); // none after: the head
        assertThat(readAll(engine, engine.createTokenAt(T0.plusMillis(250))))
                .extracting(e -> ((EngineFixture.Noted) e.getPayload()).text())
                .containsExactly("b", "c", "d");
    }

    @Test
    void findsTheFirstEventInGlobalOrderAcrossWindowsAndPassesTombstones() {
        GlobalIndexEventStorageEngine engine = fixture.engine(Duration.ofSeconds(5));
        List<DomainEventMessage<?>> commit = new ArrayList<>();
        for (int i = 0; i < 1100; i++) {
            commit.add(at("a", i, "a" + i, T0.plusMillis(i)));
        }
        engine.appendEvents(commit);
        // a refused append leaves a tombstone at 1101; the event after it is the only one at or after T0 + 2 s
        try {
            engine.appendEvents(at("a", 0, "refused", T0.plusSeconds(5)));
        } catch (RuntimeException expected) {
            // the duplicate sequence is refused; its index is tombstoned
        }
        engine.appendEvents(at("b", 0, "late", T0.plusSeconds(2)));
        assertThat(engine.isTombstone(1101)).isTrue();

        assertThat(index(engine.createTokenAt(T0.plusMillis(1050)))).isEqualTo(1050);
        assertThat(index(engine.createTokenAt(T0.plusMillis(1500)))).isEqualTo(1101);
        assertThat(index(engine.createTokenAt(T0.plusSeconds(3)))).isEqualTo(engine.headIndex());
    }

    @Test
    void dropsTheTimestampIndexEarlierVersionsMaintainedOnEveryAppend() {
        fixture.database.getCollection("events").createIndex(Indexes.ascending(EventDocument.TIMESTAMP));
        assertThat(indexNames()).contains(EventStoreIndexes.LEGACY_TIMESTAMP_INDEX);

        fixture.engine(Duration.ofSeconds(5));

        assertThat(indexNames())
                .doesNotContain(EventStoreIndexes.LEGACY_TIMESTAMP_INDEX)
                .contains(EventDocument.EVENT_ID + "_1", EventDocument.AGGREGATE_KEY + "_1");
    }

    private List<String> indexNames() {
        List<String> names = new ArrayList<>();
        for (Document index : fixture.database.getCollection("events").listIndexes()) {
            names.add(index.getString("name"));
        }
        return names;
    }

    private static DomainEventMessage<?> at(String aggregateId, long sequence, String text, Instant timestamp) {
        return new GenericDomainEventMessage<>(
                "TestAggregate",
                aggregateId,
                sequence,
                new EngineFixture.Noted(text),
                Map.of(),
                UUID.randomUUID().toString(),
                timestamp);
    }

    private static long index(TrackingToken token) {
        return ((GapAwareTrackingToken) token).getIndex();
    }
}
