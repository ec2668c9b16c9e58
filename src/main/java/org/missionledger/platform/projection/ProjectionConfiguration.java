package org.missionledger.platform.projection;

import java.util.List;
import org.axonframework.config.ConfigurerModule;
import org.missionledger.platform.store.LedgerStore;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the projections into Axon. Each projection is its own processing group, run by its own pooled streaming
 * processor (the default set in {@code AxonConfiguration}) with:
 *
 * <ul>
 *   <li><b>one segment</b>: all its events are handled one at a time in global order. The views join across aggregates
 *       (a reading changes the status of every target measured by its indicator; alterations are numbered densely in
 *       the order they were recorded), and a strictly ordered fold makes a rebuild reproduce the live view exactly,
 *       which is what the consistency check verifies. Projections still run in parallel with each other.
 *   <li><b>per-aggregate sequences</b> (Axon's default policy) for failures: a handler that throws parks its event in
 *       the projection's dead-letter queue ({@code DeadLetterConfiguration}) together with the later events of the
 *       same aggregate, while every other aggregate keeps flowing; an admin retries or evicts parked events. A
 *       projection whose view depends on the order across aggregates ({@link Projector#ordersAcrossAggregates()})
 *       has one sequence instead: everything after a failed event waits behind it, and a retry applies it all in
 *       global order, so a retried view ends as a rebuild would make it.
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
public class ProjectionConfiguration {

    /**
     * Events per processor batch: each batch is one {@link ProjectionBatch} (one {@code $in} per collection, one bulk
     * write per collection). Live traffic makes batches of whatever has arrived, often one event.
     */
    public static final int BATCH_SIZE = 100;

    @Bean
    public ProjectionStore liveProjectionStore(LedgerStore store) {
        return ProjectionStore.live(store.database());
    }

    @Bean
    public ConfigurerModule projectionProcessingGroups(List<Projector> projectors) {
        return configurer -> {
            for (Projector projector : projectors) {
                configurer
                        .eventProcessing()
                        .registerPooledStreamingEventProcessorConfiguration(
                                projector.name(), (config, builder) -> builder.initialSegmentCount(1)
                                        .batchSize(BATCH_SIZE));
                if (projector.ordersAcrossAggregates()) {
                    // A constant string (the mission's or indicator's id otherwise): the dead-letter queue stores
                    // the sequence by its string form, which must be the same in every JVM.
                    String sequence = projector.name();
                    configurer.eventProcessing().registerSequencingPolicy(projector.name(), c -> event -> sequence);
                }
            }
        };
    }

    /** Indexes exist before any processor writes. */
    @Bean
    public InitializingBean projectionIndexes(List<Projector> projectors, ProjectionStore liveProjectionStore) {
        return () -> projectors.forEach(p -> p.ensureIndexes(liveProjectionStore));
    }
}
