package org.missionledger.platform.store;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.ReadConcern;
import com.mongodb.ReadPreference;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.bson.UuidRepresentation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ledger's connection to MongoDB: either the configured server or the embedded one it starts itself.
 *
 * <p>Every write is acknowledged by a majority of the replica set and journaled; every read sees only majority-committed
 * data, so nothing the ledger reports can be rolled back by a failover. When no server can be reached for 3 seconds an
 * operation fails (the API answers 503 with Retry-After) rather than holding the caller.
 */
public final class LedgerStore implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LedgerStore.class);

    private final EmbeddedMongoStore embedded;
    private final MongoClient client;
    private final MongoDatabase database;
    private final String databaseName;
    private final String description;
    private DataDirectory published;

    private LedgerStore(EmbeddedMongoStore embedded, String uri, String defaultDatabase) {
        this.embedded = embedded;
        ConnectionString connection = new ConnectionString(uri);
        this.databaseName = connection.getDatabase() != null ? connection.getDatabase() : defaultDatabase;
        MongoClientSettings settings = MongoClientSettings.builder()
                .applyConnectionString(connection)
                .writeConcern(WriteConcern.MAJORITY.withJournal(true))
                .readConcern(ReadConcern.MAJORITY)
                .readPreference(ReadPreference.primary())
                .uuidRepresentation(UuidRepresentation.STANDARD)
                .applyToClusterSettings(c -> c.serverSelectionTimeout(3, TimeUnit.SECONDS))
                .applyToSocketSettings(s -> s.connectTimeout(3, TimeUnit.SECONDS))
                .applicationName("mission-ledger")
                .build();
        this.client = MongoClients.create(settings);
        this.database = client.getDatabase(databaseName);
        this.description = embedded != null
                ? "embedded " + embedded.description() + " at " + embedded.connectionString() + "/" + databaseName
                : "MongoDB at " + redact(connection) + "/" + databaseName;
    }

    /** Opens the store the properties describe, starting the embedded server when no URI is configured. */
    public static LedgerStore open(StoreProperties properties) {
        LedgerStore store;
        if (properties.usesEmbeddedStore()) {
            EmbeddedMongoStore embedded = EmbeddedMongoStore.start(properties.embedded());
            store = new LedgerStore(embedded, embedded.connectionString(), properties.database());
            if (properties.embedded().backend() == StoreProperties.Backend.H2) {
                // this process holds the data file: tell the tools where its store answers
                DataDirectory directory = DataDirectory.of(properties);
                directory.writeInstance(new DataDirectory.Instance(
                        null,
                        ProcessHandle.current().pid(),
                        embedded.connectionString() + "/" + store.databaseName,
                        null,
                        null,
                        java.time.Instant.now().toString()));
                store.published = directory;
            }
        } else {
            store = new LedgerStore(null, properties.uri(), properties.database());
        }
        log.info("Ledger store: {}", store.description);
        return store;
    }

    /** Opens a store on an existing URI (tests, benchmarks, the command line). */
    public static LedgerStore connect(String uri, String database) {
        return new LedgerStore(null, uri, database);
    }

    private static String redact(ConnectionString connection) {
        return String.join(",", connection.getHosts());
    }

    public MongoClient client() {
        return client;
    }

    public MongoDatabase database() {
        return database;
    }

    public String databaseName() {
        return databaseName;
    }

    public String description() {
        return description;
    }

    /** The data directory whose {@code instance.json} this process wrote (it holds the embedded data file). */
    public Optional<DataDirectory> publishedIn() {
        return Optional.ofNullable(published);
    }

    /** Remembers that this process wrote the data directory's instance.json (removed on close). */
    public void publishIn(DataDirectory directory) {
        this.published = directory;
    }

    public Optional<EmbeddedMongoStore> embedded() {
        return Optional.ofNullable(embedded);
    }

    @Override
    public void close() {
        if (published != null) {
            published.removeInstance(ProcessHandle.current().pid());
        }
        client.close();
        if (embedded != null) {
            embedded.close();
        }
    }
}
