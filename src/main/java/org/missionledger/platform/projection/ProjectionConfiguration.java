package org.missionledger.platform.projection;

import java.util.List;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.missionledger.platform.store.LedgerStore;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the projections into Axon. Each projection is its own processing group, run by its own pooled streaming
 * processor (the default set in {@code AxonConfiguration}) with:
 *
 * <ul>
 *   <li>a <b>sequential</b> sequencing policy: all its events are handled one at a time in global order. The views join
 *       across aggregates (a reading changes the status of every target measured by its indicator; alterations are
 *       numbered densely in the order they were recorded), and a strictly ordered fold makes a rebuild reproduce the
 *       live view exactly, which is what the consistency check verifies. Projections still run in parallel with each
 *       other.
 *   <li>a <b>propagating</b> error handler: a projection that fails on an event retries it (with back-off) instead of
 *       skipping it, so a view never silently misses an event; its lag and its {@code ERROR} state show the problem.
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
public class ProjectionConfiguration {

    /**
     * Every event in one sequence. The identifier is a constant string, not Axon's {@code SequentialPolicy} (whose
     * identifier is an object with an identity hash code): the segment that carries the sequence must be the same on
     * every instance and after every restart.
     */
    static final SequencingPolicy<EventMessage<?>> GLOBAL_ORDER = event -> "global-order";

    @Bean
    public ProjectionStore liveProjectionStore(LedgerStore store) {
        return ProjectionStore.live(store.database());
    }

    @Bean
    public ConfigurerModule projectionProcessingGroups(List<Projector> projectors) {
        return configurer -> {
            for (Projector projector : projectors) {
                configurer.eventProcessing()
                        .registerSequencingPolicy(projector.name(), c -> GLOBAL_ORDER)
                        .registerListenerInvocationErrorHandler(
                                projector.name(), c -> PropagatingErrorHandler.instance());
            }
        };
    }

    /** Indexes exist before any processor writes. */
    @Bean
    public InitializingBean projectionIndexes(List<Projector> projectors, ProjectionStore liveProjectionStore) {
        return () -> projectors.forEach(p -> p.ensureIndexes(liveProjectionStore));
    }
}
