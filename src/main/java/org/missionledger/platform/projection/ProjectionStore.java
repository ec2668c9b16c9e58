package org.missionledger.platform.projection;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;

/**
 * Where a projection keeps its collections: the live ones, or scratch copies (same names with a prefix) that the
 * consistency check rebuilds and compares with the live ones.
 */
public final class ProjectionStore {

    public static final String SCRATCH_PREFIX = "scratch_";

    private final MongoDatabase database;
    private final String prefix;

    private ProjectionStore(MongoDatabase database, String prefix) {
        this.database = database;
        this.prefix = prefix;
    }

    public static ProjectionStore live(MongoDatabase database) {
        return new ProjectionStore(database, "");
    }

    public static ProjectionStore scratch(MongoDatabase database) {
        return new ProjectionStore(database, SCRATCH_PREFIX);
    }

    /** The collection with this base name in this store. */
    public MongoCollection<Document> collection(String name) {
        return database.getCollection(prefix + name);
    }

    public boolean isScratch() {
        return !prefix.isEmpty();
    }

    public String qualified(String name) {
        return prefix + name;
    }
}
