package org.missionledger.bench;

import com.mongodb.client.MongoDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.caching.Cache;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.missionledger.MissionLedgerApplication;
import org.missionledger.platform.eventstore.GlobalIndexEventStorageEngine;
import org.missionledger.platform.store.LedgerStore;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * The real application (its Spring and Axon configuration, aggregates, interceptors, cache and snapshotting) without
 * the web server, on a database of its own on the benchmark's server, with either our engine or the stock one.
 */
final class LedgerContext implements AutoCloseable {

    enum Engine {
        GLOBAL_INDEX("global-index"),
        STOCK("stock");

        final String label;

        Engine(String label) {
            this.label = label;
        }
    }

    private final Engine engine;
    private final ConfigurableApplicationContext context;
    private final Path dataDir;

    private LedgerContext(Engine engine, ConfigurableApplicationContext context, Path dataDir) {
        this.engine = engine;
        this.context = context;
        this.dataDir = dataDir;
    }

    static LedgerContext start(Engine engine, String uri, String database, Map<String, Object> extraProperties) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("missionledger.store.uri", uri);
        properties.put("missionledger.store.database", database);
        // a data directory of its own (ledger id, signing key): never the working directory's ./data, which may
        // belong to a real ledger
        Path dataDir = temporaryDataDirectory();
        properties.put("missionledger.store.embedded.data-dir", dataDir.toString());
        properties.put("spring.main.web-application-type", "none");
        properties.put("logging.level.root", "WARN");
        properties.put("logging.level.org.missionledger", "WARN");
        properties.put("spring.main.log-startup-info", "false");
        properties.putAll(extraProperties);
        SpringApplicationBuilder builder = new SpringApplicationBuilder(MissionLedgerApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                // first, above application.yml and the environment: this context must use the benchmark's server
                .initializers(context -> context.getEnvironment()
                        .getPropertySources()
                        .addFirst(new MapPropertySource("bench", properties)));
        if (engine == Engine.STOCK) {
            builder.sources(StockEngineBeans.class);
        }
        ConfigurableApplicationContext context = builder.run();
        LedgerContext ledger = new LedgerContext(engine, context, dataDir);
        ledger.stopProcessors();
        return ledger;
    }

    /**
     * The command side is measured alone: projections (when there are any) would otherwise replay every pre-filled
     * event during the measurements. Replaying projections is the read side's row.
     */
    void stopProcessors() {
        EventProcessingConfiguration processing = context.getBean(EventProcessingConfiguration.class);
        processing.eventProcessors().values().forEach(EventProcessor::shutDown);
    }

    /** A bean of the application, e.g. a query service or the projection rebuilder. */
    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    Engine engine() {
        return engine;
    }

    CommandGateway commands() {
        return context.getBean(CommandGateway.class);
    }

    Cache aggregateCache() {
        return context.getBean("aggregateCache", Cache.class);
    }

    Serializer serializer() {
        return context.getBean("serializer", Serializer.class);
    }

    MongoDatabase database() {
        return context.getBean(LedgerStore.class).database();
    }

    GlobalIndexEventStorageEngine globalIndexEngine() {
        return context.getBean(GlobalIndexEventStorageEngine.class);
    }

    EventStorageEngine storageEngine() {
        return engine == Engine.STOCK ? context.getBean(MongoEventStorageEngine.class) : globalIndexEngine();
    }

    /** Events stored (for the stock engine, documents in its events collection). */
    long storedEvents() {
        return engine == Engine.STOCK
                ? database().getCollection("domainevents").estimatedDocumentCount()
                : globalIndexEngine().headIndex();
    }

    /** All events from the tail, as a tracking processor reads them. */
    Stream<? extends TrackedEventMessage<?>> replayFromTail() {
        return storageEngine().readEvents(null, false);
    }

    @Override
    public void close() {
        try {
            database().drop();
        } finally {
            context.close();
            FileSystemUtils.deleteRecursively(dataDir.toFile());
        }
    }

    private static Path temporaryDataDirectory() {
        try {
            return Files.createTempDirectory("mission-ledger-bench-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
