package org.missionledger.platform.store;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The in-process MongoDB-wire-compatible server used when no MongoDB URI is configured.
 *
 * <p>It listens on loopback only, so that standard MongoDB tools on the same machine can inspect it through {@link
 * #connectionString()}, and nobody else can reach it.
 */
public final class EmbeddedMongoStore implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoStore.class);
    private static final String LOOPBACK = "127.0.0.1";

    private final RetainedBackend backend;
    private final String description;
    private final InetSocketAddress address;
    private MongoServer server;

    private EmbeddedMongoStore(MongoBackend backend, int port, String description) {
        this.backend = new RetainedBackend(backend);
        this.server = new MongoServer(this.backend);
        server.bind(LOOPBACK, port);
        this.address = server.getLocalAddress();
        this.description = description;
    }

    /** Starts a durable store whose data lives in {@code dataDir/missionledger.mv.db}. */
    public static EmbeddedMongoStore startDurable(Path dataDir, int port) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + dataDir.toAbsolutePath(), e);
        }
        Path file = dataDir.resolve("missionledger.mv.db").toAbsolutePath();
        MVStore store = new MVStore.Builder().fileName(file.toString()).open();
        return new EmbeddedMongoStore(new DurableH2Backend(store), port, "H2 MVStore at " + file);
    }

    /** Starts a volatile in-memory store (tests and benchmarks only: everything is lost on exit). */
    public static EmbeddedMongoStore startInMemory(int port) {
        return new EmbeddedMongoStore(new MemoryBackend(), port, "memory (volatile)");
    }

    public static EmbeddedMongoStore start(StoreProperties.Embedded settings) {
        EmbeddedMongoStore store = settings.backend() == StoreProperties.Backend.MEMORY
                ? startInMemory(settings.port())
                : startDurable(settings.dataDir(), settings.port());
        log.info("Embedded MongoDB-compatible store ({}) listening on {}", store.description, store.connectionString());
        return store;
    }

    public String connectionString() {
        return "mongodb://" + LOOPBACK + ":" + address.getPort();
    }

    public String description() {
        return description;
    }

    /** Stops listening and drops every connection, keeping the data: the store is unreachable until resumed. */
    public synchronized void suspend() {
        if (server != null) {
            server.shutdownNow();
            server = null;
            log.warn("Embedded store suspended: {} no longer answers", connectionString());
        }
    }

    /** Listens again on the same port, with the same data. */
    public synchronized void resume() {
        if (server == null) {
            server = new MongoServer(backend);
            server.bind(LOOPBACK, address.getPort());
            log.info("Embedded store resumed on {}", connectionString());
        }
    }

    /** Stops accepting connections and closes the backend, flushing it to disk. */
    @Override
    public synchronized void close() {
        if (server != null) {
            server.shutdownNow();
            server = null;
        }
        backend.release();
    }
}
