package org.missionledger.platform.eventstore;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The event store's collections, the unique indexes its lookups rely on, and the global index counter: what the
 * appender and the readers share.
 */
final class EventStoreIndexes {

    private static final Logger log = LoggerFactory.getLogger(EventStoreIndexes.class);

    /** Name of the counter document (field {@code value}) that holds the last allocated global index. */
    static final String GLOBAL_COUNTER = "global-index";

    /** The timestamp index earlier versions created for {@code createTokenAt}; it served a wrong comparison. */
    static final String LEGACY_TIMESTAMP_INDEX = EventDocument.TIMESTAMP + "_1";

    final MongoCollection<Document> events;
    final MongoCollection<Document> snapshots;
    final MongoCollection<Document> counters;

    EventStoreIndexes(MongoDatabase database, EventStoreCollections names) {
        this.events = database.getCollection(names.events());
        this.snapshots = database.getCollection(names.snapshots());
        this.counters = database.getCollection(names.counters());
    }

    /**
     * Creates the counter and the unique indexes. Only single-field unique indexes are used for lookups, because they
     * are what mongo-java-server serves without scanning and what a sharded cluster can target.
     */
    void ensureIndexes() {
        // Create everything up front: mongo-java-server races when two writers create a collection at once.
        counters.updateOne(
                eq("_id", GLOBAL_COUNTER), Updates.setOnInsert("value", 0L), new UpdateOptions().upsert(true));
        snapshots.createIndex(Indexes.ascending(EventDocument.AGGREGATE_TYPE));
        events.createIndex(Indexes.ascending(EventDocument.EVENT_ID), new IndexOptions().unique(true));
        events.createIndex(Indexes.ascending(EventDocument.AGGREGATE_KEY), new IndexOptions().unique(true));
        dropLegacyTimestampIndex();
    }

    /** Every append paid for the old timestamp index; nothing reads it any more (see {@code createTokenAt}). */
    private void dropLegacyTimestampIndex() {
        try {
            for (Document index : events.listIndexes()) {
                if (LEGACY_TIMESTAMP_INDEX.equals(index.getString("name"))) {
                    events.dropIndex(LEGACY_TIMESTAMP_INDEX);
                    log.info("Dropped the unused event timestamp index {}", LEGACY_TIMESTAMP_INDEX);
                    return;
                }
            }
        } catch (MongoException e) {
            log.debug("Could not drop the legacy timestamp index (it only costs write time)", e);
        }
    }

    /** The last allocated global index (0 when nothing was ever allocated). */
    long lastAllocated() {
        Document counter = counters.find(eq("_id", GLOBAL_COUNTER)).first();
        return counter == null ? 0 : ((Number) counter.get("value")).longValue();
    }

    /** Allocates {@code count} consecutive global indexes with one counter update and returns the last of them. */
    long allocate(int count) {
        // Read the value BEFORE the increment: mongo-java-server answers "return the new document" with the live
        // document, which a concurrent increment can change before the answer is encoded; the old one is a copy.
        Document before = counters.findOneAndUpdate(
                eq("_id", GLOBAL_COUNTER),
                Updates.inc("value", (long) count),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.BEFORE));
        long previous = before == null ? 0L : ((Number) before.get("value")).longValue();
        return previous + count;
    }
}
