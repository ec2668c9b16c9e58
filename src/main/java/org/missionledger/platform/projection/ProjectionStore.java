package org.missionledger.platform.projection;

import com.mongodb.ReadConcern;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;

/**
 * Where a projection keeps its collections: the live ones, or scratch copies (same names with a prefix) that the
 * consistency check rebuilds and compares with the live ones.
 *
 * <p>Read models are written with {@link #readModels the read side's write concern}, not the event store's (see
 * docs/adr/0004-read-model-write-concern.md).
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
        return new ProjectionStore(readModels(database), "");
    }

    public static ProjectionStore scratch(MongoDatabase database) {
        return new ProjectionStore(readModels(database), SCRATCH_PREFIX);
    }

    /**
     * The database as the read side writes it: acknowledged by the primary ({@code w:1}), not waiting for a majority
     * or the journal, and read at {@code local}. Read models, tracking tokens and dead letters can all be rebuilt from
     * the event store, and they share this one write concern, so what a crash or a fail-over loses is always a suffix
     * of their writes in the order they were made: a token is never more durable than the view writes it covers, and
     * the lost suffix is replayed (the projections are idempotent). The event store keeps majority + journal.
     */
    public static MongoDatabase readModels(MongoDatabase database) {
        return database.withWriteConcern(WriteConcern.W1).withReadConcern(ReadConcern.LOCAL);
    }

    /** The collection with this base name in this store. */
    public MongoCollection<Document> collection(String name) {
        return database.getCollection(prefix + name);
    }

    /**
     * The collection, for a query by anything but {@code _id}: inside a processor batch, the batch's changes are
     * written first (and forgotten), so that the query sees them.
     */
    public MongoCollection<Document> forQuery(String name) {
        ProjectionBatch batch = ProjectionBatch.current();
        if (batch != null) {
            batch.flushAndForget();
        }
        return collection(name);
    }

    /** Inside a processor batch, loads these documents of a collection with one {@code _id $in}; else nothing. */
    public void preload(String name, java.util.Collection<?> ids) {
        ProjectionBatch batch = ProjectionBatch.current();
        if (batch != null && !ids.isEmpty()) {
            batch.preload(collection(name), ids);
        }
    }

    public boolean isScratch() {
        return !prefix.isEmpty();
    }

    public String qualified(String name) {
        return prefix + name;
    }
}
