package org.missionledger.support;

import com.mongodb.client.MongoDatabase;
import java.util.UUID;
import org.missionledger.platform.store.EmbeddedMongoStore;
import org.missionledger.platform.store.LedgerStore;

/**
 * A fresh, empty database on an in-memory embedded store, for unit tests of projections (no Spring, no Axon). One
 * server per JVM, started on first use; each call gets a database of its own.
 */
public final class MemoryDatabase {

    private static LedgerStore store;

    private MemoryDatabase() {}

    public static synchronized MongoDatabase fresh() {
        if (store == null) {
            EmbeddedMongoStore server = EmbeddedMongoStore.startInMemory(0);
            store = LedgerStore.connect(server.connectionString(), "unit");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                store.close();
                server.close();
            }));
        }
        return store.client().getDatabase("unit-" + UUID.randomUUID().toString().substring(0, 8));
    }
}
