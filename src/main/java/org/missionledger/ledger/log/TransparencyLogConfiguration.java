package org.missionledger.ledger.log;

import java.time.Clock;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.missionledger.platform.eventstore.EventLog;
import org.missionledger.platform.store.LedgerStore;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the transparency log's tree store and sequencer, and runs the sequencer as the pooled streaming processor
 * {@value SequencerHandler#PROCESSING_GROUP} with exactly one segment, so that one thread appends in the global order.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TransparencyLogProperties.class)
public class TransparencyLogConfiguration {

    @Bean
    public TreeStore treeStore(LedgerStore store) {
        TreeStore tree = new TreeStore(store.database());
        tree.ensureCollections();
        return tree;
    }

    @Bean
    public LogProofs logProofs(TreeStore treeStore) {
        return new LogProofs(treeStore);
    }

    @Bean
    public LogSequencer logSequencer(
            TreeStore treeStore, EventLog eventLog, Clock clock, TransparencyLogProperties properties) {
        return new LogSequencer(treeStore, eventLog::readStoredEvents, clock, properties.sequencerBatchSize());
    }

    @Bean
    SequencerHandler transparencyLogSequencerHandler(LogSequencer sequencer) {
        return new SequencerHandler(sequencer);
    }

    /** One segment (one appender, in order), the configured batch, and failures that stop the batch. */
    @Bean
    public ConfigurerModule transparencyLogProcessor(TransparencyLogProperties properties) {
        return configurer -> configurer
                .eventProcessing()
                .registerPooledStreamingEventProcessorConfiguration(
                        SequencerHandler.PROCESSING_GROUP, (config, builder) -> builder.initialSegmentCount(1)
                                .maxClaimedSegments(1)
                                .batchSize(properties.sequencerBatchSize()))
                .registerListenerInvocationErrorHandler(
                        SequencerHandler.PROCESSING_GROUP, config -> PropagatingErrorHandler.instance());
    }
}
