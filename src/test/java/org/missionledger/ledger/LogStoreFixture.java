package org.missionledger.ledger;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.bson.types.Binary;
import org.missionledger.ledger.merkle.NodeId;
import org.missionledger.platform.store.EmbeddedMongoStore;
import org.missionledger.support.TestStore;

/**
 * A fresh database for the transparency log's store tests (the embedded in-memory server, or MONGODB_URI when set),
 * with a counter of the read commands ({@code find}) the driver sends, to check how many reads an operation costs.
 */
public final class LogStoreFixture implements AutoCloseable {

    private final EmbeddedMongoStore server;
    private final MongoClient client;
    public final MongoDatabase database;
    private final AtomicInteger finds = new AtomicInteger();

    public LogStoreFixture() {
        String uri;
        if (TestStore.usesRealMongo()) {
            server = null;
            uri = System.getenv("MONGODB_URI");
        } else {
            server = EmbeddedMongoStore.startInMemory(0);
            uri = server.connectionString();
        }
        CommandListener counter = new CommandListener() {
            @Override
            public void commandStarted(CommandStartedEvent event) {
                if (event.getCommandName().equals("find")) {
                    finds.incrementAndGet();
                }
            }
        };
        client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(uri))
                .addCommandListener(counter)
                .build());
        database = client.getDatabase("tlog-" + UUID.randomUUID().toString().substring(0, 8));
    }

    /** The number of {@code find} commands sent so far. */
    public int finds() {
        return finds.get();
    }

    /** Overwrites one stored subtree hash with zeros, in the document of its last leaf (a damaged tree). */
    public void corruptSubtreeHash(NodeId node) {
        MongoCollection<Document> leaves = database.getCollection("tlog_leaves");
        Document holder = leaves.find(Filters.eq("_id", node.endLeaf() - 1)).first();
        List<Binary> hashes = new ArrayList<>(holder.getList("h", Binary.class));
        hashes.set(node.level(), new Binary(new byte[32]));
        leaves.replaceOne(Filters.eq("_id", node.endLeaf() - 1), holder.append("h", hashes));
    }

    /** The connection string of the server, for tools that connect on their own. */
    public String uri() {
        return server != null ? server.connectionString() : System.getenv("MONGODB_URI");
    }

    @Override
    public void close() {
        database.drop();
        client.close();
        if (server != null) {
            server.close();
        }
    }
}
