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
 * <p>It listens on loopback only (127.0.0.1), by default on a free port chosen at start, so that standard MongoDB tools
 * on the same machine can inspect it through {@link #connectionString()} (also written to the data directory's
 * {@code instance.json}), and no other machine can reach it. It has no authentication: any process of this machine
 * that finds the port can read and write it (docs/security.md).
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
        try {
            server.bind(LOOPBACK, port);
        } catch (RuntimeException e) {
            this.backend.release();
            throw new LedgerStartupException(
                    "The embedded store cannot listen on " + LOOPBACK + ":" + port + " ("
                            + rootMessage(e)
                            + "); leave missionledger.store.embedded.port at 0 (a free port) or choose a"
                            + " free one.",
                    e);
        }
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
        Path file = dataDir.resolve(DataDirectory.DATA_FILE).toAbsolutePath();
        MVStore store;
        try {
            store = new MVStore.Builder().fileName(file.toString()).open();
        } catch (RuntimeException e) {
            if (String.valueOf(e.getMessage()).contains("locked")) {
                String holder = DataDirectory.of(dataDir)
                        .instance()
                        .map(i -> " (pid " + i.pid() + (i.http() != null ? ", " + i.http() : "") + ")")
                        .orElse("");
                throw new LedgerStartupException(
                        "The data directory " + dataDir.toAbsolutePath().normalize()
                                + " is in use by another Mission Ledger process" + holder
                                + "; stop it, or give this one"
                                + " another data directory (--data-dir).",
                        e);
            }
            throw new LedgerStartupException(
                    "Cannot open the data file " + file + " (" + rootMessage(e)
                            + "); check the data directory (--data-dir) and its permissions.",
                    e);
        }
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

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
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
