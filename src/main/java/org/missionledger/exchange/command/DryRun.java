package org.missionledger.exchange.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.serialization.json.JacksonSerializer;
import org.missionledger.common.command.LedgerDirectory;
import org.missionledger.exchange.format.AggregateKind;
import org.missionledger.exchange.format.PlannedEntry;
import org.missionledger.platform.axon.EventJson;
import org.missionledger.platform.feature.FeatureRegistry;

/**
 * Runs an import's commands against the real aggregates on a scratch event store, so every domain rule (and every
 * refusal) applies exactly as it will when recording, while nothing is recorded. The scratch store is seeded with
 * copies of the real events of each aggregate the file touches.
 *
 * <p>Aggregates may refer to each other only by existence (a target's indicator, a mission's successor). A reference
 * to an identifier that is neither in the store nor declared earlier in the file is let through and noted; once the
 * whole file is read, the importer checks each noted reference against everything the file declares.
 */
final class DryRun implements AutoCloseable {

    /** A reference to an aggregate not known at the time: fine if the file declares it later. */
    record Reference(AggregateKind kind, String id, PlannedEntry entry) {}

    private final ScratchEventStorageEngine scratch = new ScratchEventStorageEngine();
    private final Cache cache = new WeakReferenceCache();
    private final Function<String, List<? extends DomainEventMessage<?>>> storedEvents;
    private final Function<String, String> storedType;
    private final Map<String, AggregateKind> declaredInFile;
    private final List<Reference> unresolved = new ArrayList<>();
    private final Configuration axon;
    private PlannedEntry current;

    /**
     * @param storedEvents the real events of an aggregate (empty if none)
     * @param storedType the real aggregate type of an identifier, or null if nothing is stored under it
     * @param declaredInFile the identifiers the file has declared so far (the importer keeps it up to date)
     */
    DryRun(
            FeatureRegistry features,
            Function<String, List<? extends DomainEventMessage<?>>> storedEvents,
            Function<String, String> storedType,
            Map<String, AggregateKind> declaredInFile) {
        this.storedEvents = storedEvents;
        this.storedType = storedType;
        this.declaredInFile = declaredInFile;
        LedgerDirectory directory = new LedgerDirectory() {
            @Override
            public boolean exists(String aggregateType, String aggregateId) {
                AggregateKind kind = AggregateKind.ofAggregateType(aggregateType);
                return kind != null && known(kind, aggregateId);
            }
        };
        Configurer configurer = DefaultConfigurer.defaultConfiguration(false)
                .configureSerializer(c -> JacksonSerializer.builder()
                        .objectMapper(EventJson.eventMapper())
                        .build())
                .configureEmbeddedEventStore(c -> scratch);
        // the aggregates an import file records into, as their features registered them
        for (AggregateKind kind : AggregateKind.values()) {
            configurer.configureAggregate(aggregate(features.aggregate(kind.aggregateType())
                    .orElseThrow(() -> new IllegalStateException("No feature registers " + kind.aggregateType()))
                    .aggregateClass()));
        }
        this.axon = configurer
                .registerComponent(LedgerDirectory.class, c -> directory)
                .buildConfiguration();
        axon.start();
    }

    /** Cached, so a long history (thousands of readings) is not replayed for every command. */
    private <A> AggregateConfigurer<A> aggregate(Class<A> type) {
        return AggregateConfigurer.defaultConfiguration(type).configureCache(c -> cache);
    }

    private boolean known(AggregateKind kind, String id) {
        String type = scratch.typeOf(id).orElseGet(() -> storedType.apply(id));
        if (type != null) {
            return kind.aggregateType().equals(type);
        }
        if (declaredInFile.containsKey(id)) {
            return declaredInFile.get(id) == kind;
        }
        unresolved.add(new Reference(kind, id, current));
        return true;
    }

    /** The type of the aggregate stored (or dry-run) under {@code id}, or null. */
    String typeOf(String id) {
        return scratch.typeOf(id).orElseGet(() -> scratch.holds(id) ? null : storedType.apply(id));
    }

    /** Makes the aggregate's real history available to the dry run (once). */
    void load(String aggregateId) {
        if (!scratch.holds(aggregateId)) {
            scratch.seed(aggregateId, storedEvents.apply(aggregateId));
        }
    }

    /** Runs one command; answers the identifier of the event it produced. Refusals propagate. */
    String run(PlannedEntry entry, Object command) {
        current = entry;
        try {
            axon.commandGateway().sendAndWait(entry.message(command));
        } finally {
            current = null;
        }
        return scratch.lastEventId(entry.aggregateId());
    }

    void forget(String aggregateId) {
        scratch.forget(aggregateId);
        cache.remove(aggregateId);
    }

    List<Reference> unresolved() {
        return unresolved;
    }

    @Override
    public void close() {
        axon.shutdown();
    }
}
