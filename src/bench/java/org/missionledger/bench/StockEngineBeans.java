package org.missionledger.bench;

import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.missionledger.platform.axon.LedgerProperties;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;

/**
 * Added to the application's own configuration for the stock-engine runs: Axon's {@link MongoEventStorageEngine} on
 * the same MongoDB client, serializers and tracking batch size, as the event store every aggregate, snapshotter and
 * processor uses. Axon's auto-configured event store backs off because this one is the {@code eventBus}.
 *
 * <p>Deliberately not a {@code @Configuration}: component scanning must never pick it up in the application.
 */
class StockEngineBeans {

    @Bean
    MongoEventStorageEngine stockEventStorageEngine(
            MongoTemplate axonMongoTemplate,
            Serializer serializer,
            @Qualifier("snapshotSerializer") Serializer snapshotSerializer,
            LedgerProperties properties) {
        MongoEventStorageEngine engine = MongoEventStorageEngine.builder()
                .mongoTemplate(axonMongoTemplate)
                .eventSerializer(serializer)
                .snapshotSerializer(snapshotSerializer)
                .batchSize(properties.trackingBatchSize())
                .build();
        engine.ensureIndexes();
        return engine;
    }

    @Bean(name = "eventBus")
    @Qualifier("eventStore")
    EmbeddedEventStore eventStore(MongoEventStorageEngine stockEventStorageEngine) {
        return EmbeddedEventStore.builder()
                .storageEngine(stockEventStorageEngine)
                .build();
    }
}
