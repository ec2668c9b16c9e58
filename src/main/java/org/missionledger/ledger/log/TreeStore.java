package org.missionledger.ledger.log;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoCommandException;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertManyOptions;
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
import org.missionledger.ledger.merkle.NodeHash;
import org.missionledger.ledger.merkle.NodeId;
import org.missionledger.ledger.merkle.SubtreeHashSource;

/**
 * The transparency log's tree in MongoDB: leaves, complete-subtree hashes and the sequencer's state.
 *
 * <p>Every read is a point lookup: {@link #hashes(Collection)} fetches all nodes a root or proof needs with ONE
 * {@code _id $in} query (see {@link org.missionledger.ledger.merkle.MerkleProofs}), leaves are read by {@code _id}
 * (leaf index) or by the single-field unique {@code eventId} index, and the state is one document.
 *
 * <p>Writes never need a transaction. Leaves and nodes are written first, then the state document is advanced with a
 * compare-and-set on the size. A crash in between leaves only documents beyond the committed size, which nothing reads
 * and which the next append rewrites with the same content: every node is a deterministic function of the leaves
 * below it, and leaves are appended in the global order.
 */
public class TreeStore implements SubtreeHashSource {

    static final String STATE_ID = "log";
    static final String VERIFIER_KEY_ID = "verifier-key";
    private static final int WINDOW = 1000;

    private static final int NAMESPACE_EXISTS = 48;

    private final MongoDatabase database;
    private final LogCollections collections;
    private final MongoCollection<Document> leaves;
    private final MongoCollection<Document> nodes;
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
        this.nodes = database.getCollection(collections.nodes());
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
        state.updateOne(eq("_id", STATE_ID),
                Updates.combine(Updates.setOnInsert("size", 0L), Updates.setOnInsert("lastGlobalIndex", 0L),
                        Updates.setOnInsert("frontier", List.of())),
                new UpdateOptions().upsert(true));
        createCollection(collections.leaves());
        createCollection(collections.nodes());
        leaves.createIndex(Indexes.ascending("eventId"), new IndexOptions().unique(true));
    }

    private void createCollection(String name) {
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
        state.replaceOne(eq("_id", VERIFIER_KEY_ID), new Document("_id", VERIFIER_KEY_ID).append("key", verifierKey),
                new ReplaceOptions().upsert(true));
    }

    /** Returns the verifier key the log published in its store, if any. */
    public Optional<String> publishedVerifierKey() {
        Document document = state.find(eq("_id", VERIFIER_KEY_ID)).first();
        return Optional.ofNullable(document).map(d -> d.getString("key"));
    }

    // ----------------------------------------------------------------------------------------------------- nodes

    @Override
    public byte[] hash(int level, long index) {
        NodeId node = new NodeId(level, index);
        Document document = nodes.find(eq("_id", NodeKey.of(node))).first();
        if (document == null) {
            throw new NoSuchElementException("no stored hash for subtree " + node);
        }
        return document.get("h", Binary.class).getData();
    }

    /** Fetches every requested subtree hash with ONE {@code _id $in} query. */
    @Override
    public Map<NodeId, byte[]> hashes(Collection<NodeId> wanted) {
        Set<Long> keys = new LinkedHashSet<>();
        for (NodeId node : wanted) {
            keys.add(NodeKey.of(node));
        }
        Map<NodeId, byte[]> result = new HashMap<>(keys.size() * 2);
        if (keys.isEmpty()) {
            return result;
        }
        for (Document document : nodes.find(in("_id", keys))) {
            result.put(NodeKey.toNode(document.getLong("_id")), document.get("h", Binary.class).getData());
        }
        for (NodeId node : wanted) {
            if (!result.containsKey(node)) {
                throw new NoSuchElementException("no stored hash for subtree " + node);
            }
        }
        return result;
    }

    /**
     * Reads stored node hashes by key, for a full audit of the tree. Missing keys are absent from the result.
     *
     * @param keys node keys (at most a few thousand per call)
     * @return the stored hashes by key
     */
    public Map<Long, byte[]> nodesByKey(Collection<Long> keys) {
        Map<Long, byte[]> result = new HashMap<>(keys.size() * 2);
        if (!keys.isEmpty()) {
            for (Document document : nodes.find(in("_id", keys))) {
                result.put(document.getLong("_id"), document.get("h", Binary.class).getData());
            }
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
     * Writes leaves and nodes of one append. Documents that already exist (left by an append that crashed before
     * advancing the state) are replaced, so their content is always the one computed now.
     */
    void write(List<StoredLeaf> newLeaves, List<NodeHash> newNodes) {
        List<Document> leafDocuments = new ArrayList<>(newLeaves.size());
        for (StoredLeaf leaf : newLeaves) {
            leafDocuments.add(new Document("_id", leaf.leafIndex())
                    .append("eventId", leaf.eventId())
                    .append("globalIndex", leaf.globalIndex())
                    .append("leaf", binary(leaf.leaf())));
        }
        List<Document> nodeDocuments = new ArrayList<>(newNodes.size());
        for (NodeHash node : newNodes) {
            nodeDocuments.add(new Document("_id", NodeKey.of(node.id())).append("h", binary(node.hash())));
        }
        insertOrReplace(leaves, leafDocuments);
        insertOrReplace(nodes, nodeDocuments);
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
                replacements.add(new ReplaceOneModel<>(eq("_id", document.get("_id")), document,
                        new ReplaceOptions().upsert(true)));
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
