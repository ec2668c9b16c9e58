package org.missionledger.cli;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.missionledger.platform.store.StoreProperties;

/**
 * Keeps a command-line run from opening an embedded data file that a running server has open. The server holds a lock
 * on {@code <data-dir>/missionledger.mv.db}; when the command line finds it locked, it works through the server's own
 * embedded MongoDB endpoint on loopback ({@code mongodb://127.0.0.1:<missionledger.store.embedded.port>}) instead, so
 * both write through one process. If the file is locked and nothing answers there, it refuses (exit code 4).
 *
 * <p>When the file is free, the command line opens it itself, on a free loopback port (never the server's port).
 */
final class StoreGuard {

    static final String DATA_FILE = "missionledger.mv.db";

    /** How the command line should reach the store, as property overrides, and what to tell the user. */
    record Decision(Map<String, Object> overrides, String notice) {}

    private StoreGuard() {}

    static Decision decide(StoreProperties store) {
        if (!store.usesEmbeddedStore() || store.embedded().backend() == StoreProperties.Backend.MEMORY) {
            return new Decision(Map.of(), null);
        }
        Path dataDir = store.embedded().dataDir().toAbsolutePath().normalize();
        Path file = dataDir.resolve(DATA_FILE);
        if (!locked(file)) {
            return new Decision(Map.of("missionledger.store.embedded.port", "0"), null);
        }
        int port = store.embedded().port();
        String uri = "mongodb://127.0.0.1:" + port;
        if (port > 0 && answers(uri)) {
            return new Decision(
                    Map.of("missionledger.store.uri", uri),
                    "The data directory " + dataDir + " is in use by a running server; working through it at " + uri
                            + ".");
        }
        throw new StoreUnavailableException("The data file " + file + " is in use by another process, and no "
                + "Mission Ledger server answers on " + uri + ". Stop that process, or point this command at the "
                + "server's port (--missionledger.store.embedded.port=PORT) or at a MongoDB (--mongodb-uri).");
    }

    /** Whether another process (or another part of this one) holds the data file's lock. */
    static boolean locked(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            return false; // let opening the store report what is wrong
        }
    }

    private static boolean answers(String uri) {
        MongoClientSettings settings = MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(uri))
                .applyToClusterSettings(c -> c.serverSelectionTimeout(2, TimeUnit.SECONDS))
                .applyToSocketSettings(s -> s.connectTimeout(2, TimeUnit.SECONDS))
                .build();
        try (MongoClient client = MongoClients.create(settings)) {
            client.getDatabase("admin").runCommand(new Document("ping", 1));
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
