package org.missionledger.mission.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.missionledger.ledger.log.EventLeaf;
import org.missionledger.ledger.log.EventLineReader;
import org.missionledger.ledger.log.EventLineWriter;
import org.missionledger.mission.api.MissionDeclared;
import org.missionledger.platform.axon.EventJson;
import org.missionledger.platform.eventstore.EventDocument;
import org.missionledger.platform.eventstore.EventStoreCollections;
import org.missionledger.platform.eventstore.GlobalIndexEventStorageEngine;
import org.missionledger.platform.eventstore.StoredEvent;
import org.missionledger.platform.store.EmbeddedMongoStore;
import org.missionledger.support.TestStore;

/**
 * The upcasting mechanism proven on an old export line before a second schema change needs it: a {@code MissionDeclared}
 * of revision 1 (before {@code body.fictional}), as an export line of a ledger written then. Restored into a real event
 * store document for document, it is read by the aggregate's event stream as revision 2 with a real body, while the
 * store, the export and the leaf keep revision 1 byte for byte (a stored event is never rewritten, so old checkpoints
 * still verify).
 */
class MissionDeclaredRevisionOneExportLineTest {

    private static final Path LINE = Path.of(
            System.getProperty("basedir", "."),
            "src",
            "test",
            "resources",
            "approved-export-lines",
            "MissionDeclared-revision-1.jsonl");

    private final EmbeddedMongoStore server = TestStore.usesRealMongo() ? null : EmbeddedMongoStore.startInMemory(0);
    private final MongoClient client =
            MongoClients.create(server == null ? System.getenv("MONGODB_URI") : server.connectionString());
    private final MongoDatabase database =
            client.getDatabase("rev1-" + UUID.randomUUID().toString().substring(0, 8));
    private final Serializer serializer =
            JacksonSerializer.builder().objectMapper(EventJson.eventMapper()).build();

    @AfterEach
    void close() {
        database.drop();
        client.close();
        if (server != null) {
            server.close();
        }
    }

    @Test
    void anExportLineOfRevisionOneReadsAsRevisionTwoAndExportsUnchanged() throws Exception {
        String line = Files.readString(LINE, StandardCharsets.UTF_8).stripTrailing();
        StoredEvent old = EventLineReader.parseEvent(line);
        assertThat(old.payloadRevision()).isEqualTo("1");
        assertThat(old.payload()).doesNotContain("fictional");

        restore(old);
        GlobalIndexEventStorageEngine engine = GlobalIndexEventStorageEngine.builder()
                .database(database)
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .upcasterChain(new EventUpcasterChain(new MissionDeclaredUpcaster()))
                .gapTimeout(Duration.ofSeconds(5))
                .build();

        // the aggregate's stream (what the command side folds) sees revision 2: a real, not fictional, body
        List<? extends DomainEventMessage<?>> stream =
                engine.readEvents(old.aggregateId()).asStream().toList();
        assertThat(stream).singleElement().satisfies(event -> {
            MissionDeclared declared = (MissionDeclared) event.getPayload();
            assertThat(declared.body().fictional()).isFalse();
            assertThat(declared.body().name()).isEqualTo("Camden Council");
            assertThat(declared.title()).isEqualTo("Young people");
            assertThat(event.getIdentifier()).isEqualTo(old.eventId());
        });

        // Body reads an absent flag as false by itself, so the stream alone would not show the upcaster at work: the
        // stored document passes through the chain as revision 2 with the flag written in
        Document document = database.getCollection(EventStoreCollections.DEFAULT.events())
                .find(new Document("_id", old.globalIndex()))
                .first();
        List<IntermediateEventRepresentation> upcast = new EventUpcasterChain(new MissionDeclaredUpcaster())
                .upcast(Stream.of(
                        new InitialEventRepresentation(EventDocument.toDomainEventData(document), serializer)))
                .toList();
        assertThat(upcast).singleElement().satisfies(event -> {
            assertThat(event.getType().getRevision()).isEqualTo("2");
            JsonNode body = event.getData(JsonNode.class).getData().get("body");
            assertThat(body.has("fictional")).isTrue();
            assertThat(body.get("fictional").asBoolean(true)).isFalse();
        });

        // the store and its export keep revision 1 exactly: the export line is the old line, byte for byte
        List<StoredEvent> stored = engine.readStoredEvents(0, 10);
        assertThat(stored).containsExactly(old);
        assertThat(EventLineWriter.line(stored.get(0))).isEqualTo(line);
        // and the leaf the log commits to is the old event's (revision 1, the stored payload's digest)
        EventLeaf leaf = EventLineReader.parseLeaf(line);
        assertThat(leaf.payloadRevision()).isEqualTo("1");
        assertThat(leaf).isEqualTo(EventLeaf.of(stored.get(0)));
    }

    /** Writes the exported event back as the store document the engine wrote then (a restore from an export). */
    private void restore(StoredEvent event) {
        database.getCollection(EventStoreCollections.DEFAULT.events())
                .insertOne(new Document("_id", event.globalIndex())
                        .append(EventDocument.EVENT_ID, event.eventId())
                        .append(
                                EventDocument.AGGREGATE_KEY,
                                EventDocument.aggregateKey(event.aggregateId(), event.sequence()))
                        .append(EventDocument.AGGREGATE_ID, event.aggregateId())
                        .append(EventDocument.AGGREGATE_TYPE, event.aggregateType())
                        .append(EventDocument.SEQUENCE, event.sequence())
                        .append(EventDocument.TIMESTAMP, event.timestamp())
                        .append(EventDocument.PAYLOAD_TYPE, event.payloadType())
                        .append(EventDocument.PAYLOAD_REVISION, event.payloadRevision())
                        .append(EventDocument.PAYLOAD, event.payload())
                        .append(EventDocument.METADATA, event.metadata()));
        database.getCollection(EventStoreCollections.DEFAULT.counters())
                .updateOne(
                        new Document("_id", GlobalIndexEventStorageEngine.GLOBAL_COUNTER),
                        Updates.max("value", event.globalIndex()),
                        new UpdateOptions().upsert(true));
    }
}
