package org.missionledger.platform.axon;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.common.caching.Cache;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.messaging.interceptors.BeanValidationInterceptor;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.missionledger.common.command.LedgerDirectory;
import org.missionledger.platform.eventstore.EventLog;
import org.missionledger.platform.eventstore.GlobalIndexEventStorageEngine;
import org.missionledger.platform.feature.FeatureRegistry;
import org.missionledger.platform.projection.BatchFlushingTokenStore;
import org.missionledger.platform.projection.ProjectionStore;
import org.missionledger.platform.projection.StoredTokenPositions;
import org.missionledger.platform.security.CommandAuthorization;
import org.missionledger.platform.security.RecordingPolicy;
import org.missionledger.platform.store.DataDirectory;
import org.missionledger.platform.store.LedgerIdentityStore;
import org.missionledger.platform.store.LedgerStore;
import org.missionledger.platform.store.StoreProperties;
import org.missionledger.platform.store.WriterLease;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Wires Axon onto the ledger's own MongoDB storage: the globally ordered event storage engine, axon-mongo's token
 * store, Jackson serialization, snapshots, the aggregate cache, and the metadata every command and event carries.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({StoreProperties.class, LedgerProperties.class})
public class AxonConfiguration {

    @Bean(destroyMethod = "close")
    public LedgerStore ledgerStore(StoreProperties properties) {
        return LedgerStore.open(properties);
    }

    @Bean
    public DataDirectory dataDirectory(StoreProperties properties) {
        return DataDirectory.of(properties);
    }

    @Bean
    public LedgerIdentityStore ledgerIdentityStore(LedgerStore store) {
        return new LedgerIdentityStore(store.database());
    }

    /**
     * One writer per ledger: a writing process takes the lease here, before any processor starts, and refuses to
     * start when another live process holds it; a read-only process takes none.
     */
    @Bean(destroyMethod = "close")
    public WriterLease writerLease(
            LedgerStore store,
            LedgerProperties properties,
            Clock clock,
            org.springframework.context.ApplicationContext context) {
        WriterLease lease = new WriterLease(store.database(), properties.writerLease(), clock);
        if (properties.readOnly()) {
            return lease;
        }
        try {
            lease.acquire(store.description(), store.publishedIn().isPresent());
        } catch (org.missionledger.platform.store.LedgerStartupException held) {
            if (!(context instanceof org.springframework.boot.web.context.WebServerApplicationContext)
                    || store.embedded().isPresent()) {
                throw held; // a command, or a server on an embedded store: refuse in one line
            }
            // a second server on a shared MongoDB: it serves, read-only on the log and the views
            lease.follow(() -> {
                // exit code 75 (EX_TEMPFAIL): a supervisor (docker compose, systemd) restarts it as the writer
                int code = org.springframework.boot.SpringApplication.exit(context, () -> 75);
                System.exit(code);
            });
            org.slf4j.LoggerFactory.getLogger(AxonConfiguration.class)
                    .warn(
                            "{} Serving as a follower (no sequencer, no projections, no signer) until the writer's"
                                    + " lease expires; then this server stops, to be restarted as the writer.",
                            held.getMessage());
        }
        return lease;
    }

    /** A writer that lost its lease (a long pause, and another process took over) stops every processor. */
    @Bean
    public org.springframework.beans.factory.SmartInitializingSingleton stopProcessorsWhenLeaseIsLost(
            WriterLease lease, org.axonframework.config.EventProcessingConfiguration processing) {
        return () -> lease.onLost(() -> processing
                .eventProcessors()
                .values()
                .forEach(org.axonframework.eventhandling.EventProcessor::shutDown));
    }

    /** Positions of projections this process does not run (read-only), from their stored tokens. */
    @Bean
    public StoredTokenPositions storedTokenPositions(MongoTemplate axonMongoTemplate, Serializer serializer) {
        return new StoredTokenPositions(axonMongoTemplate, serializer);
    }

    /**
     * A process that is not the writer (a read-only command, a follower) runs no processor at all: each is dormant
     * (registered last, so it wins). The lease is decided before: this module depends on it.
     */
    @Bean
    public ConfigurerModule readOnlyProcessors(WriterLease lease) {
        return new ConfigurerModule() {
            @Override
            public void configureModule(org.axonframework.config.Configurer configurer) {
                if (!lease.held()) {
                    configurer
                            .eventProcessing()
                            .registerEventProcessorFactory((name, config, invoker) -> new DormantEventProcessor(name));
                }
            }

            @Override
            public int order() {
                return Integer.MAX_VALUE;
            }
        };
    }

    @Bean
    public Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    @Primary
    public Serializer serializer() {
        return JacksonSerializer.builder().objectMapper(EventJson.eventMapper()).build();
    }

    @Bean
    @Qualifier("snapshotSerializer")
    public Serializer snapshotSerializer() {
        return JacksonSerializer.builder()
                .objectMapper(EventJson.snapshotMapper())
                .build();
    }

    /**
     * Axon's storage engine, and the {@link EventLog} port every other part of the application injects (the one place
     * outside {@code platform.eventstore} that names the engine class).
     */
    @Bean
    public GlobalIndexEventStorageEngine eventStorageEngine(
            LedgerStore store,
            Serializer serializer,
            @Qualifier("snapshotSerializer") Serializer snapshotSerializer,
            List<EventUpcaster> upcasters,
            LedgerProperties properties,
            Clock clock) {
        return GlobalIndexEventStorageEngine.builder()
                .database(store.database())
                .eventSerializer(serializer)
                .snapshotSerializer(snapshotSerializer)
                .upcasterChain(new EventUpcasterChain(upcasters))
                .batchSize(properties.trackingBatchSize())
                // a snapshot is taken every `threshold` events, so one lookup finds everything after it
                .firstAggregateFetch(Math.min(512, properties.snapshotThreshold() + 8))
                .gapTimeout(properties.gapTimeout())
                .clock(clock)
                .build();
    }

    @Bean
    public MongoTemplate axonMongoTemplate(LedgerStore store) {
        return DefaultMongoTemplate.builder()
                .mongoDatabase(store.client(), store.databaseName())
                .build();
    }

    @Bean
    public TokenStore tokenStore(LedgerStore store, Serializer serializer) {
        // a projection batch's read-model writes go to the store just before its token (ProjectionBatch)
        return new BatchFlushingTokenStore(MongoTokenStore.builder()
                // tokens are written like the read models they cover (ADR 0004), not like the event store
                .mongoTemplate(DefaultMongoTemplate.builder()
                        .mongoDatabase(ProjectionStore.readModels(store.database()))
                        .build())
                .serializer(serializer)
                .claimTimeout(Duration.ofSeconds(10))
                .build());
    }

    @Bean
    public ExpectedVersionTargetResolver commandTargetResolver() {
        return new ExpectedVersionTargetResolver();
    }

    /** Hot aggregates stay in memory between commands (see {@link BoundedAggregateCache}). */
    @Bean
    public Cache aggregateCache(LedgerProperties properties) {
        return new BoundedAggregateCache(properties.aggregateCacheSize());
    }

    @Bean
    public SnapshotTriggerDefinition missionSnapshotTrigger(Snapshotter snapshotter, LedgerProperties properties) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, properties.snapshotThreshold());
    }

    @Bean
    public SnapshotTriggerDefinition indicatorSnapshotTrigger(Snapshotter snapshotter, LedgerProperties properties) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, properties.snapshotThreshold());
    }

    @Bean
    public LedgerDirectory ledgerDirectory(EventLog eventLog) {
        return new EventStoreDirectory(eventLog);
    }

    @Bean
    public CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }

    @Bean
    public CorrelationDataProvider recordingMetadataProvider() {
        return new SimpleCorrelationDataProvider(
                CommandMetadataInterceptor.ACTOR,
                CommandMetadataInterceptor.RECORDED_AT,
                CommandMetadataInterceptor.EFFECTIVE_DATE);
    }

    /**
     * Dispatch: validation first (so the command is known to be well-formed), then the stamp of who and when. Handling:
     * the recording policy (who may record what) at the handlers' entry point.
     */
    @Bean
    public InitializingBean commandInterceptors(
            CommandBus commandBus, CurrentActor currentActor, Clock clock, FeatureRegistry features) {
        return () -> {
            commandBus.registerDispatchInterceptor(new BeanValidationInterceptor<>());
            commandBus.registerDispatchInterceptor(new CommandMetadataInterceptor(currentActor, clock));
            commandBus.registerHandlerInterceptor(new CommandAuthorization(new RecordingPolicy(features)));
        };
    }

    /**
     * Every processor is a pooled streaming processor over the global order, with one segment: the projections and the
     * transparency log fold in global order (see {@code ProjectionConfiguration}), and only the writer runs them, so
     * there is no other instance to share segments with. (There is deliberately no setting for it.)
     */
    @Bean
    public ConfigurerModule processorDefaults() {
        return configurer -> configurer
                .eventProcessing()
                .usingPooledStreamingEventProcessors(
                        (config, builder) -> builder.initialSegmentCount(1).batchSize(100));
    }
}
