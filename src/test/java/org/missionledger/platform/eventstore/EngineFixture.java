package org.missionledger.platform.eventstore;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.missionledger.platform.axon.EventJson;
import org.missionledger.platform.store.EmbeddedMongoStore;
import org.missionledger.support.TestStore;

/** An event storage engine on a fresh database: the embedded in-memory server, or MONGODB_URI when set. */
final class EngineFixture implements AutoCloseable {

    final EmbeddedMongoStore server;
    final MongoClient client;
    final MongoDatabase database;
    final Serializer serializer =
            JacksonSerializer.builder().objectMapper(EventJson.eventMapper()).build();

    EngineFixture() {
        String uri;
        if (TestStore.usesRealMongo()) {
            server = null;
            uri = System.getenv("MONGODB_URI");
        } else {
            server = EmbeddedMongoStore.startInMemory(0);
            uri = server.connectionString();
        }
        client = MongoClients.create(uri);
        database = client.getDatabase("engine-" + UUID.randomUUID().toString().substring(0, 8));
    }

    GlobalIndexEventStorageEngine engine(Duration gapTimeout) {
        return engine(gapTimeout, GlobalIndexEventStorageEngine.Builder::build);
    }

    GlobalIndexEventStorageEngine engine(
            Duration gapTimeout, Function<GlobalIndexEventStorageEngine.Builder, GlobalIndexEventStorageEngine> build) {
        GlobalIndexEventStorageEngine.Builder builder = GlobalIndexEventStorageEngine.builder()
                .database(database)
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .batchSize(50)
                .gapTimeout(gapTimeout);
        return build.apply(builder);
    }

    static DomainEventMessage<?> event(String aggregateId, long sequence, String text) {
        return new GenericDomainEventMessage<>("TestAggregate", aggregateId, sequence, new Noted(text));
    }

    static List<TrackedEventMessage<?>> readAll(GlobalIndexEventStorageEngine engine, TrackingToken from) {
        List<TrackedEventMessage<?>> events = new java.util.ArrayList<>();
        engine.readEvents(from, false).forEach(events::add);
        return events;
    }

    /** A minimal event payload. */
    record Noted(String text) {}

    @Override
    public void close() {
        database.drop();
        client.close();
        if (server != null) {
            server.close();
        }
    }
}
