package org.missionledger.cli;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.missionledger.platform.store.DataDirectory;
import org.missionledger.platform.store.LedgerIdentityStore;
import org.missionledger.platform.store.StoreProperties;
import org.missionledger.platform.store.WriterLease;

/**
 * Decides how a command-line run reaches the ledger it was given, so that it never writes beside the ledger's writer
 * and never reaches a store it was not asked for.
 *
 * <ul>
 *   <li>When a server holds the ledger (the embedded data file is locked by it, or a live server holds the writer
 *       lease in the MongoDB), a <b>writing</b> command works through that server's HTTP API — found in the data
 *       directory's {@code instance.json} or the lease, or given as {@code --server URL} — and a <b>read-only</b>
 *       command reads the server's store (its loopback address from {@code instance.json}) without running anything.
 *   <li>Before using a store it reached, the command compares the store's ledger id with the data directory's {@code
 *       ledger-id}, and refuses a mismatch.
 *   <li>When nothing holds the ledger, the command opens the store itself (the embedded one on a free loopback port);
 *       a read-only command refuses a data directory that holds no ledger rather than creating one.
 * </ul>
 */
final class StoreGuard {

    static final String DATA_FILE = DataDirectory.DATA_FILE;

    /**
     * How the command line should reach the store.
     *
     * @param overrides property overrides for the command's own application context
     * @param notice what to tell the user (null: nothing)
     * @param server the server to write through (null: work on the store directly)
     */
    record Decision(Map<String, Object> overrides, String notice, ServerClient server) {
        Decision(Map<String, Object> overrides, String notice) {
            this(overrides, notice, null);
        }
    }

    /** What a command needs. */
    enum Access {
        /** Reads only: never a lease, a processor or a signer. */
        READ,
        /** Reads, but a running server answers faster (the consistency check): through it when one holds the ledger. */
        READ_PREFERRING_SERVER,
        /** Records or rebuilds: through the server when one holds the ledger, else as the writer itself. */
        WRITE
    }

    private StoreGuard() {}

    static Decision decide(StoreProperties store) {
        return decide(store, Access.WRITE, null, null);
    }

    static Decision decide(StoreProperties store, Access access, String serverUrl, String user) {
        Map<String, Object> overrides = new HashMap<>();
        if (access != Access.WRITE) {
            overrides.put("missionledger.ledger.read-only", "true");
        }
        DataDirectory directory = DataDirectory.of(store);
        if (serverUrl != null && access != Access.READ) {
            return new Decision(overrides, null, client(serverUrl, user, directory));
        }
        if (!store.usesEmbeddedStore()) {
            return viaMongo(store, access, user, directory, overrides);
        }
        if (store.embedded().backend() == StoreProperties.Backend.MEMORY) {
            return new Decision(overrides, null);
        }
        Path dataDir = directory.path();
        Path file = directory.dataFile();
        if (!locked(file)) {
            if (access != Access.WRITE && !Files.isRegularFile(file)) {
                throw new StoreUnavailableException("There is no ledger in " + dataDir + " (no " + DATA_FILE
                        + "); give the data directory of a ledger (--data-dir DIR).");
            }
            overrides.put("missionledger.store.embedded.port", "0");
            return new Decision(overrides, null);
        }
        DataDirectory.Instance instance = directory
                .instance()
                .filter(i -> i.store() != null)
                .orElseThrow(() -> new StoreUnavailableException("The data directory " + dataDir + " is in use by"
                        + " another process that does not say where it answers (no " + DataDirectory.INSTANCE_FILE
                        + "); stop that process, or give the server's URL (--server URL)."));
        if (!answers(instance.store())) {
            throw new StoreUnavailableException("The data directory " + dataDir + " is in use by pid "
                    + instance.pid() + ", whose store does not answer at " + instance.store() + "; stop that process"
                    + " and try again.");
        }
        String uri = instance.store();
        checkLedger(uri, store.database(), directory);
        if (access == Access.READ || (access == Access.READ_PREFERRING_SERVER && instance.http() == null)) {
            overrides.put("missionledger.store.uri", uri);
            return new Decision(
                    overrides,
                    "The data directory " + dataDir + " is in use by a running server (pid " + instance.pid()
                            + "); reading its store at " + uri + ".");
        }
        if (instance.http() == null) {
            throw new StoreUnavailableException("Another command (pid " + instance.pid() + ") is writing to the"
                    + " ledger in " + dataDir + "; try again when it has finished.");
        }
        return new Decision(
                overrides,
                "The ledger in " + dataDir + " is held by the server at " + instance.http() + " (pid " + instance.pid()
                        + "); working through it.",
                user != null
                        ? client(instance.http(), user, directory)
                        : new ServerClient(instance.http(), "local-operator", instance.operator()));
    }

    /** A MongoDB: writers find the lease holder there; readers only read. */
    private static Decision viaMongo(
            StoreProperties store, Access access, String user, DataDirectory directory, Map<String, Object> overrides) {
        if (access == Access.READ) {
            return new Decision(overrides, null);
        }
        Optional<WriterLease.Holder> holder;
        try (MongoClient client = client(store.uri())) {
            String database = new ConnectionString(store.uri()).getDatabase();
            MongoDatabase db = client.getDatabase(database != null ? database : store.database());
            holder = WriterLease.current(db).filter(h -> h.live(Instant.now()));
        } catch (RuntimeException e) {
            throw new StoreUnavailableException("Cannot reach the MongoDB at " + store.uri() + ": " + e.getMessage());
        }
        if (holder.isEmpty()) {
            return new Decision(overrides, null);
        }
        if (holder.get().url() == null) {
            throw new StoreUnavailableException(
                    "Another process (" + holder.get().describe() + ") is the ledger's"
                            + " writer and serves no HTTP; try again when it has finished.");
        }
        return new Decision(
                overrides,
                "The ledger is held by the server at " + holder.get().url() + "; working through it.",
                client(holder.get().url(), user, directory));
    }

    private static ServerClient client(String url, String user, DataDirectory directory) {
        if (user != null) {
            return new ServerClient(url, user, System.getenv("MISSIONLEDGER_PASSWORD"));
        }
        Optional<DataDirectory.Instance> local = directory
                .instance()
                .filter(i -> i.http() != null && i.operator() != null)
                .filter(i -> i.http().equals(url.replaceAll("/+$", "")));
        return local.map(i -> new ServerClient(url, "local-operator", i.operator()))
                .orElseGet(() -> new ServerClient(url, null, null));
    }

    /** Refuses a store whose ledger is not the one the data directory belongs to. */
    static void checkLedger(String uri, String defaultDatabase, DataDirectory directory) {
        Optional<String> expected = directory.ledgerId();
        if (expected.isEmpty()) {
            return;
        }
        try (MongoClient client = client(uri)) {
            String database = new ConnectionString(uri).getDatabase();
            Document identity = client.getDatabase(database != null ? database : defaultDatabase)
                    .getCollection(LedgerIdentityStore.COLLECTION)
                    .find(new Document("_id", "ledger"))
                    .first();
            String found = identity == null ? null : identity.getString("ledgerId");
            if (!expected.get().equals(found)) {
                throw new StoreUnavailableException("The store at " + uri + " holds "
                        + (found == null ? "no ledger" : "ledger " + found) + ", but the data directory "
                        + directory.path() + " belongs to ledger " + expected.get() + "; refusing to use it. Stop"
                        + " the process holding " + directory.path() + " and try again.");
            }
        }
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

    private static MongoClient client(String uri) {
        MongoClientSettings settings = MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(uri))
                .applyToClusterSettings(c -> c.serverSelectionTimeout(2, TimeUnit.SECONDS))
                .applyToSocketSettings(s -> s.connectTimeout(2, TimeUnit.SECONDS))
                .build();
        return MongoClients.create(settings);
    }

    private static boolean answers(String uri) {
        try (MongoClient client = client(uri)) {
            client.getDatabase("admin").runCommand(new Document("ping", 1));
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
