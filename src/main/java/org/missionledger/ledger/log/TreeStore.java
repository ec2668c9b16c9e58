package org.missionledger.ledger.log;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoCommandException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import com.mongodb.client.result.UpdateResult;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.bson.BsonBinarySubType;
import org.bson.Document;
import org.bson.types.Binary;
import org.missionledger.common.api.FeatureApi;
import org.missionledger.ledger.merkle.NodeHash;
import org.missionledger.ledger.merkle.NodeId;
import org.missionledger.ledger.merkle.SubtreeHashSource;

/**
 * The transparency log's tree in MongoDB: one document per leaf, holding the leaf and the hashes of every complete
 * subtree that ends at it, plus the sequencer's state.
 *
 * <p>A complete subtree (level {@code l}, index {@code k}) covers leaves {@code [k·2^l, (k+1)·2^l)} and is complete
 * from the moment its last leaf exists, so each one is stored exactly once, in the document of that last leaf
 * ({@code _id = (k+1)·2^l − 1}), at position {@code l} of its {@code h} array: leaf {@code i} holds
 * {@code 1 + (trailing one bits of i)} hashes, two on average. One document per event keeps appends cheap.
 *
 * <p>Every read is a point lookup: {@link #hashes(Collection)} fetches all subtrees a root or proof needs with ONE
 * {@code _id $in} query (see {@link org.missionledger.ledger.merkle.MerkleProofs}), leaves are read by {@code _id}
 * (leaf index) or by the single-field unique {@code eventId} index, and the state is one document.
 *
 * <p>Writes never need a transaction. Leaf documents are written first, then the state document is advanced with a
 * compare-and-set on the size. A crash in between leaves only documents beyond the committed size, which nothing reads
 * and which the next append rewrites with the same content: every hash is a deterministic function of the leaves
 * below it, and leaves are appended in the global order.
 */
@FeatureApi("how far the log has sequenced, which a writing command waits for")
public class TreeStore implements SubtreeHashSource {

    static final String STATE_ID = "log";
    static final String VERIFIER_KEY_ID = "verifier-key";
    private static final int WINDOW = 1000;

    private static final int NAMESPACE_EXISTS = 48;

    private final MongoDatabase database;
    private final LogCollections collections;
    private final MongoCollection<Document> leaves;
    private final MongoCollection<Document> state;

    /**
     * Opens the tree store on a database.
     *
     * @param database the ledger's database
     * @param collections the collection names
     */
    public TreeStore(MongoDatabase database, LogCollections collections) {
        this.database = database;
        this.collections = collections;
        this.leaves = database.getCollection(collections.leaves());
        this.state = database.getCollection(collections.state());
    }

    /** Opens the tree store on the default collections. */
    public TreeStore(MongoDatabase database) {
        this(database, LogCollections.DEFAULT);
    }

    /**
     * Creates the collections, the unique {@code eventId} index and the empty state document, up front (the embedded
     * server races when two writers create a collection at once). Idempotent.
     */
    public void ensureCollections() {
        state.updateOne(
                eq("_id", STATE_ID),
                Updates.combine(
                        Updates.setOnInsert("size", 0L),
                        Updates.setOnInsert("lastGlobalIndex", 0L),
                        Updates.setOnInsert("frontier", List.of())),
                new UpdateOptions().upsert(true));
        createCollection(collections.leaves());
        leaves.createIndex(Indexes.ascending("eventId"), new IndexOptions().unique(true));
    }

    private void createCollection(String name) {
        // asking first keeps the embedded server from logging an error for a collection that exists
        if (database.listCollectionNames().into(new java.util.ArrayList<>()).contains(name)) {
            return;
        }
        try {
            database.createCollection(name);
        } catch (MongoCommandException e) {
            if (e.getErrorCode() != NAMESPACE_EXISTS) {
                throw e;
            }
        }
    }

    // ----------------------------------------------------------------------------------------------------- state

    /** Returns the committed state (one point read). */
    public LogState state() {
        Document document = state.find(eq("_id", STATE_ID)).first();
        if (document == null) {
            return LogState.EMPTY;
        }
        List<byte[]> frontier = new ArrayList<>();
        for (Object hash : document.getList("frontier", Object.class, List.of())) {
            frontier.add(((Binary) hash).getData());
        }
        return new LogState(
                ((Number) document.get("size")).longValue(),
                ((Number) document.get("lastGlobalIndex")).longValue(),
                frontier,
                document.getString("updatedAt"));
    }

    /**
     * Advances the state document from {@code expected} to {@code next}, only if it still holds
     * {@code expected.size()} (a compare-and-set).
     *
     * @return whether the state was advanced
     */
    boolean advance(LogState expected, LogState next) {
        List<Binary> frontier = new ArrayList<>();
        for (byte[] hash : next.frontier()) {
            frontier.add(binary(hash));
        }
        Document document = new Document("_id", STATE_ID)
                .append("size", next.size())
                .append("lastGlobalIndex", next.lastGlobalIndex())
                .append("frontier", frontier)
                .append("updatedAt", next.updatedAt());
        UpdateResult result = state.replaceOne(and(eq("_id", STATE_ID), eq("size", expected.size())), document);
        return result.getMatchedCount() == 1;
    }

    /** Publishes the log's verifier key next to its state (public information, for the live verifier). */
    public void publishVerifierKey(String verifierKey) {
        state.replaceOne(
                eq("_id", VERIFIER_KEY_ID),
                new Document("_id", VERIFIER_KEY_ID).append("key", verifierKey),
                new ReplaceOptions().upsert(true));
    }

    /** Returns the verifier key the log published in its store, if any. */
    public Optional<String> publishedVerifierKey() {
        Document document = state.find(eq("_id", VERIFIER_KEY_ID)).first();
        return Optional.ofNullable(document).map(d -> d.getString("key"));
    }

    // ---------------------------------------------------------------------------------------------------- hashes

    @Override
    public byte[] hash(int level, long index) {
        return hashes(List.of(new NodeId(level, index))).get(new NodeId(level, index));
    }

    /** Fetches every requested subtree hash with ONE {@code _id $in} query on the leaf documents that hold them. */
    @Override
    public Map<NodeId, byte[]> hashes(Collection<NodeId> wanted) {
        Set<Long> holders = new LinkedHashSet<>();
        for (NodeId node : wanted) {
            holders.add(node.endLeaf() - 1);
        }
        Map<NodeId, byte[]> result = new HashMap<>(wanted.size() * 2);
        if (holders.isEmpty()) {
            return result;
        }
        Map<Long, List<Binary>> found = new HashMap<>(holders.size() * 2);
        for (Document document : leaves.find(in("_id", holders)).projection(Projections.include("h"))) {
            found.put(document.getLong("_id"), document.getList("h", Binary.class));
        }
        for (NodeId node : wanted) {
            List<Binary> hashes = found.get(node.endLeaf() - 1);
            if (hashes == null || hashes.size() <= node.level()) {
                throw new NoSuchElementException("no stored hash for subtree " + node);
            }
            result.put(node, hashes.get(node.level()).getData());
        }
        return result;
    }

    /**
     * Reads the subtree hashes stored with leaves {@code [start, end)}, for a full audit of the tree.
     *
     * @return by leaf index, the hashes of the subtrees ending at that leaf, by level (missing leaves are absent)
     */
    public Map<Long, List<byte[]>> subtreeHashesOfLeaves(long start, long end) {
        List<Long> ids = new ArrayList<>((int) Math.max(0, end - start));
        for (long id = start; id < end; id++) {
            ids.add(id);
        }
        Map<Long, List<byte[]>> result = new HashMap<>(ids.size() * 2);
        if (ids.isEmpty()) {
            return result;
        }
        for (Document document : leaves.find(in("_id", ids)).projection(Projections.include("h"))) {
            List<byte[]> hashes = new ArrayList<>();
            for (Binary hash : document.getList("h", Binary.class, List.of())) {
                hashes.add(hash.getData());
            }
            result.put(document.getLong("_id"), hashes);
        }
        return result;
    }

    // ---------------------------------------------------------------------------------------------------- leaves

    /** Returns the leaf that commits to the event, if the event has been sequenced (unique-index point read). */
    public Optional<StoredLeaf> leafByEventId(String eventId) {
        return Optional.ofNullable(leaves.find(eq("eventId", eventId)).first()).map(TreeStore::toLeaf);
    }

    /**
     * Returns the leaf indexes of those events that already have a leaf (one {@code $in} read on the unique index).
     *
     * @param eventIds event identifiers
     * @return leaf index by event id, for the events found
     */
    public Map<String, Long> leafIndexesOf(Collection<String> eventIds) {
        Map<String, Long> result = new HashMap<>();
        if (eventIds.isEmpty()) {
            return result;
        }
        for (Document document : leaves.find(in("eventId", eventIds))) {
            result.put(document.getString("eventId"), document.getLong("_id"));
        }
        return result;
    }

    /**
     * Returns the leaves of those events that already have one (one {@code $in} read on the unique index).
     *
     * @param eventIds event identifiers
     * @return the leaf by event id, for the events found
     */
    public Map<String, StoredLeaf> leavesOf(Collection<String> eventIds) {
        Map<String, StoredLeaf> result = new HashMap<>();
        if (eventIds.isEmpty()) {
            return result;
        }
        for (Document document : leaves.find(in("eventId", eventIds))) {
            StoredLeaf leaf = toLeaf(document);
            result.put(leaf.eventId(), leaf);
        }
        return result;
    }

    /**
     * Returns the stored leaves with indexes in {@code [start, end)} in order, read as {@code _id $in} windows. The
     * result stops before the first missing leaf.
     */
    public List<StoredLeaf> leaves(long start, long end) {
        List<StoredLeaf> result = new ArrayList<>((int) Math.min(Math.max(0, end - start), 4096));
        for (long from = start; from < end; from += WINDOW) {
            long to = Math.min(end, from + WINDOW);
            List<Long> ids = new ArrayList<>((int) (to - from));
            for (long id = from; id < to; id++) {
                ids.add(id);
            }
            Map<Long, StoredLeaf> found = new HashMap<>();
            for (Document document : leaves.find(in("_id", ids))) {
                StoredLeaf leaf = toLeaf(document);
                found.put(leaf.leafIndex(), leaf);
            }
            for (long id = from; id < to; id++) {
                StoredLeaf leaf = found.get(id);
                if (leaf == null) {
                    return result;
                }
                result.add(leaf);
            }
        }
        return result;
    }

    // ---------------------------------------------------------------------------------------------------- writes

    /**
     * Writes the leaves of one append, each with the hashes of the complete subtrees that end at it. Documents that
     * already exist (left by an append that crashed before advancing the state) are replaced, so their content is
     * always the one computed now.
     *
     * @param newLeaves the new leaves, in order
     * @param newNodes the complete subtrees the append created ({@link org.missionledger.ledger.merkle.MerkleAppender}),
     *     each ending at one of the new leaves
     */
    void write(List<StoredLeaf> newLeaves, List<NodeHash> newNodes) {
        if (newLeaves.isEmpty()) {
            return;
        }
        long first = newLeaves.get(0).leafIndex();
        List<List<Binary>> hashes = new ArrayList<>(newLeaves.size());
        for (int i = 0; i < newLeaves.size(); i++) {
            hashes.add(new ArrayList<>(2));
        }
        List<NodeHash> byLevel = new ArrayList<>(newNodes);
        byLevel.sort(java.util.Comparator.comparingInt(node -> node.id().level()));
        for (NodeHash node : byLevel) {
            long holder = node.id().endLeaf() - 1;
            List<Binary> list = hashes.get((int) (holder - first));
            if (list.size() != node.id().level()) {
                throw new IllegalStateException(
                        "subtree " + node.id() + " does not complete the hashes of leaf " + holder);
            }
            list.add(binary(node.hash()));
        }
        List<Document> documents = new ArrayList<>(newLeaves.size());
        for (int i = 0; i < newLeaves.size(); i++) {
            StoredLeaf leaf = newLeaves.get(i);
            if (leaf.leafIndex() != first + i) {
                throw new IllegalArgumentException("leaves must be consecutive");
            }
            int expected = 1 + Long.numberOfTrailingZeros(~leaf.leafIndex());
            if (hashes.get(i).size() != expected) {
                throw new IllegalStateException("leaf " + leaf.leafIndex() + " must hold " + expected
                        + " subtree hashes, got " + hashes.get(i).size());
            }
            documents.add(new Document("_id", leaf.leafIndex())
                    .append("eventId", leaf.eventId())
                    .append("globalIndex", leaf.globalIndex())
                    .append("leaf", binary(leaf.leaf()))
                    .append("h", hashes.get(i)));
        }
        insertOrReplace(leaves, documents);
    }

    private static void insertOrReplace(MongoCollection<Document> collection, List<Document> documents) {
        if (documents.isEmpty()) {
            return;
        }
        try {
            collection.insertMany(documents, new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            Set<Integer> duplicates = new HashSet<>();
            for (BulkWriteError error : e.getWriteErrors()) {
                if (error.getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                duplicates.add(error.getIndex());
            }
            List<WriteModel<Document>> replacements = new ArrayList<>(duplicates.size());
            for (int index : duplicates) {
                Document document = documents.get(index);
                replacements.add(new ReplaceOneModel<>(
                        eq("_id", document.get("_id")), document, new ReplaceOptions().upsert(true)));
            }
            collection.bulkWrite(replacements);
        }
    }

    private static StoredLeaf toLeaf(Document document) {
        return new StoredLeaf(
                document.getLong("_id"),
                document.getString("eventId"),
                ((Number) document.get("globalIndex")).longValue(),
                document.get("leaf", Binary.class).getData());
    }

    static Binary binary(byte[] data) {
        return new Binary(BsonBinarySubType.BINARY, data);
    }
}
