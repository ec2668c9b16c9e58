package org.missionledger.platform.deadletter;

import java.util.Set;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventhandling.deadletter.MongoSequencedDeadLetterQueue;
import org.axonframework.serialization.Serializer;
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
    public ConfigurerModule deadLetterQueues(MongoTemplate axonMongoTemplate, Serializer serializer) {
        return configurer -> configurer
                .eventProcessing()
                .registerDeadLetterQueueProvider(processingGroup -> NO_DEAD_LETTERS.contains(processingGroup)
                        ? null
                        : config -> MongoSequencedDeadLetterQueue.builder()
                                .processingGroup(processingGroup)
                                .mongoTemplate(axonMongoTemplate)
                                .serializer(serializer)
                                .transactionManager(NoTransactionManager.INSTANCE)
                                .build());
    }
}
