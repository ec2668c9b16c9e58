package org.missionledger.ledger.checkpoint;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoCommandException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.BsonBinarySubType;
import org.bson.Document;
import org.bson.types.Binary;
import org.missionledger.ledger.log.LogCollections;

/**
 * Every checkpoint the log ever signed, one document each: {@code _id} = tree size, {@code seq} = its number (dense
 * from 1, unique index), the root, the signed note and the signing time. All reads are point lookups: by size on
 * {@code _id}, by number on the unique {@code seq} index; the latest is found by probing numbers (O(log n) reads the
 * first time, one read afterwards), never by sorting.
 */
public class CheckpointStore {

    private static final int NAMESPACE_EXISTS = 48;

    private final MongoDatabase database;
    private final String collectionName;
    private final MongoCollection<Document> checkpoints;
    private final AtomicLong knownLatestSeq = new AtomicLong();

    public CheckpointStore(MongoDatabase database, LogCollections collections) {
        this.database = database;
        this.collectionName = collections.checkpoints();
        this.checkpoints = database.getCollection(collectionName);
    }

    public CheckpointStore(MongoDatabase database) {
        this(database, LogCollections.DEFAULT);
    }

    /** Creates the collection and its unique {@code seq} index. Idempotent. */
    public void ensureCollection() {
        // asking first keeps the embedded server from logging an error for a collection that exists
        boolean exists =
                database.listCollectionNames().into(new java.util.ArrayList<>()).contains(collectionName);
        if (!exists) {
            try {
                database.createCollection(collectionName);
            } catch (MongoCommandException e) {
                if (e.getErrorCode() != NAMESPACE_EXISTS) {
                    throw e;
                }
            }
        }
        checkpoints.createIndex(Indexes.ascending("seq"), new IndexOptions().unique(true));
    }

    /**
     * Stores a new checkpoint.
     *
     * @return {@code false} if a checkpoint with this size or number already exists (nothing written)
     */
    public boolean insert(StoredCheckpoint checkpoint) {
        Document document = new Document("_id", checkpoint.size())
                .append("seq", checkpoint.seq())
                .append("root", new Binary(BsonBinarySubType.BINARY, checkpoint.root()))
                .append("note", checkpoint.note())
                .append("signedAt", checkpoint.signedAt());
        try {
            checkpoints.insertOne(document);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
        knownLatestSeq.accumulateAndGet(checkpoint.seq(), Math::max);
        return true;
    }

    /** Returns the number of checkpoints, which is also the number of the latest one. */
    public long count() {
        long known = knownLatestSeq.get();
        if (!exists(known + 1)) {
            return known;
        }
        // Gallop up from the last known number, then binary search the boundary: O(log n) point reads.
        long low = known + 1;
        long step = 1;
        long high = low + step;
        while (exists(high)) {
            low = high;
            step *= 2;
            high = low + step;
        }
        while (high - low > 1) {
            long middle = low + (high - low) / 2;
            if (exists(middle)) {
                low = middle;
            } else {
                high = middle;
            }
        }
        knownLatestSeq.accumulateAndGet(low, Math::max);
        return low;
    }

    /** Returns the latest checkpoint. */
    public Optional<StoredCheckpoint> latest() {
        long count = count();
        return count == 0 ? Optional.empty() : bySeq(count);
    }

    /** Returns the checkpoint with the given number. */
    public Optional<StoredCheckpoint> bySeq(long seq) {
        return Optional.ofNullable(checkpoints.find(eq("seq", seq)).first()).map(CheckpointStore::toCheckpoint);
    }

    /** Returns the checkpoint of the given tree size. */
    public Optional<StoredCheckpoint> bySize(long size) {
        return Optional.ofNullable(checkpoints.find(eq("_id", size)).first()).map(CheckpointStore::toCheckpoint);
    }

    /**
     * Returns checkpoints newest first: numbers {@code fromSeq, fromSeq - 1, ...}, at most {@code limit} of them (one
     * {@code $in} read on the unique {@code seq} index).
     */
    public List<StoredCheckpoint> newestFirst(long fromSeq, int limit) {
        List<Long> seqs = new ArrayList<>(limit);
        for (long seq = fromSeq; seq >= 1 && seqs.size() < limit; seq--) {
            seqs.add(seq);
        }
        List<StoredCheckpoint> result = new ArrayList<>(seqs.size());
        if (seqs.isEmpty()) {
            return result;
        }
        for (Document document : checkpoints.find(in("seq", seqs))) {
            result.add(toCheckpoint(document));
        }
        result.sort(Comparator.comparingLong(StoredCheckpoint::seq).reversed());
        return result;
    }

    private boolean exists(long seq) {
        return seq >= 1
                && checkpoints
                                .find(eq("seq", seq))
                                .projection(Projections.include("_id"))
                                .first()
                        != null;
    }

    private static StoredCheckpoint toCheckpoint(Document document) {
        return new StoredCheckpoint(
                ((Number) document.get("seq")).longValue(),
                ((Number) document.get("_id")).longValue(),
                document.get("root", Binary.class).getData(),
                document.getString("note"),
                document.getString("signedAt"));
    }
}
