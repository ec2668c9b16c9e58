package org.missionledger.platform.deadletter;

import java.util.List;
import java.util.Set;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventhandling.deadletter.MongoSequencedDeadLetterQueue;
import org.axonframework.serialization.Serializer;
import org.missionledger.platform.projection.ProjectionStore;
import org.missionledger.platform.projection.Projector;
import org.missionledger.platform.store.LedgerStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every projection gets a dead-letter queue (axon-mongo's {@link MongoSequencedDeadLetterQueue}, collection
 * {@code deadletters}): an event whose handler throws is parked with its cause, and only its sequence (the events of the
 * same aggregate that follow it) waits behind it; every other sequence keeps flowing.
 *
 * <p>Processors that must never skip an event have none: the transparency-log sequencer stops on a failure instead,
 * because a leaf missing from the log would break every later proof.
 */
@Configuration(proxyBeanMethods = false)
public class DeadLetterConfiguration {

    /** Processing groups that stop on failure rather than park events. */
    public static final Set<String> NO_DEAD_LETTERS = Set.of("transparency-log");

    @Bean
    public ConfigurerModule deadLetterQueues(LedgerStore store, Serializer serializer, List<Projector> projectors) {
        // Dead letters are written like the read models and tokens (ADR 0004): what a crash loses of the three is a
        // suffix of their writes, which the processor replays.
        MongoTemplate deadLetterTemplate = DefaultMongoTemplate.builder()
                .mongoDatabase(ProjectionStore.readModels(store.database()))
                .build();
        return configurer -> {
            for (Projector projector : projectors) {
                // Without the cache, every event costs the queue a countDocuments ("is its sequence parked?"). The
                // cache knows the queue's sequences from the moment it saw the queue empty, or remembers the ones
                // asked about and found absent; only a sequence it cannot rule out is looked up in the store. One
                // process runs the projections (the writer's lease), so nobody else enqueues behind its back.
                configurer
                        .eventProcessing()
                        .registerDeadLetteringEventHandlerInvokerConfiguration(
                                projector.name(), (config, builder) -> builder.enableSequenceIdentifierCache());
            }
            configurer
                    .eventProcessing()
                    .registerDeadLetterQueueProvider(processingGroup -> NO_DEAD_LETTERS.contains(processingGroup)
                            ? null
                            : config -> MongoSequencedDeadLetterQueue.builder()
                                    .processingGroup(processingGroup)
                                    .mongoTemplate(deadLetterTemplate)
                                    .serializer(serializer)
                                    .transactionManager(NoTransactionManager.INSTANCE)
                                    .build());
        };
    }
}
