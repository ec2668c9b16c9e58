package org.missionledger.platform.projection;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;

/**
 * The unit of work of one processor batch: the read documents the batch touches, loaded once (one {@code _id $in} per
 * collection, {@link #preload}) and kept in memory while the batch's events are applied in global order, then written
 * with one ordered {@code bulkWrite} per collection ({@link #flush}) just before the processor stores its token.
 *
 * <p>While a batch is bound to the processor's thread, {@link ReadDocuments#find} and {@link ReadDocuments#save} go
 * through it, so the projectors' code is the same for a batch, a single event and the unit tests. A crash between the
 * bulk writes and the token replays the batch: every document keeps its own position guard, so the documents already
 * written skip the events they hold and the others apply them. The collections are written in the order of their last
 * change and, within a collection, the documents in the order of their last change, so a document a projector writes
 * last for every event (the alterations counter) is also written last by the flush.
 *
 * <p>A projector that must query by anything but {@code _id} takes the collection from
 * {@link ProjectionStore#forQuery}, which flushes the batch first, so that the query sees every change made so far.
 */
public final class ProjectionBatch {

    private static final ThreadLocal<ProjectionBatch> CURRENT = new ThreadLocal<>();
    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);
    private static final BulkWriteOptions ORDERED = new BulkWriteOptions().ordered(true);

    /** Per collection (by full namespace): the documents known in this batch; a null value means known absent. */
    private final Map<String, Map<Object, Document>> known = new HashMap<>();
    /** Per collection, in the order of the last change: the documents to write. */
    private final LinkedHashMap<String, LinkedHashMap<Object, Document>> dirty = new LinkedHashMap<>();

    private final Map<String, MongoCollection<Document>> collections = new HashMap<>();
    /** Collections written first, in this order; the others follow in the order of their last change. */
    private final List<String> order = new ArrayList<>();

    private long writes;
    private long reads;

    /** The batch bound to this thread, or null when events are applied one by one. */
    static ProjectionBatch current() {
        return CURRENT.get();
    }

    /** Binds a new batch to this thread. */
    static ProjectionBatch begin() {
        ProjectionBatch batch = new ProjectionBatch();
        CURRENT.set(batch);
        return batch;
    }

    /** Binds a new batch to this thread that writes a projector's collections in its {@link Projector#writeOrder}. */
    static ProjectionBatch begin(Projector projector, ProjectionStore store) {
        ProjectionBatch batch = begin();
        for (String name : projector.writeOrder()) {
            batch.order.add(namespace(store.collection(name)));
        }
        return batch;
    }

    /** Unbinds this thread's batch (its unwritten changes are dropped). */
    static void end() {
        CURRENT.remove();
    }

    /** Loads the documents with these ids that this batch does not know yet, with one {@code _id $in}. */
    public void preload(MongoCollection<Document> collection, Collection<?> ids) {
        Map<Object, Document> documents = documents(collection);
        Set<Object> missing = new LinkedHashSet<>();
        for (Object id : ids) {
            if (id != null && !documents.containsKey(id)) {
                missing.add(id);
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        reads++;
        for (Document document : collection.find(in("_id", missing))) {
            documents.put(document.get("_id"), document);
            missing.remove(document.get("_id"));
        }
        for (Object id : missing) {
            documents.put(id, null);
        }
    }

    Document find(MongoCollection<Document> collection, Object id) {
        Map<Object, Document> documents = documents(collection);
        if (documents.containsKey(id)) {
            return documents.get(id);
        }
        reads++;
        Document document = collection.find(eq("_id", id)).first();
        documents.put(id, document);
        return document;
    }

    void save(MongoCollection<Document> collection, Object id, Document document) {
        documents(collection).put(id, document);
        String namespace = namespace(collection);
        LinkedHashMap<Object, Document> changes = dirty.remove(namespace);
        if (changes == null) {
            changes = new LinkedHashMap<>();
        }
        dirty.put(namespace, changes); // this collection changed last
        changes.remove(id);
        changes.put(id, document); // this document changed last
    }

    /** Writes every change: one ordered bulk write per collection, in the order of their last change. */
    public void flush() {
        for (Map.Entry<String, LinkedHashMap<Object, Document>> entry : ordered()) {
            List<WriteModel<Document>> models = new ArrayList<>(entry.getValue().size());
            for (Map.Entry<Object, Document> change : entry.getValue().entrySet()) {
                models.add(new ReplaceOneModel<>(eq("_id", change.getKey()), change.getValue(), UPSERT));
            }
            if (!models.isEmpty()) {
                collections.get(entry.getKey()).bulkWrite(models, ORDERED);
                writes++;
            }
        }
        dirty.clear();
    }

    /** For crash tests: writes the first collection's changes only and drops the rest, as a crash between two would. */
    void flushFirstCollectionOnly() {
        var first = ordered().stream().findFirst();
        first.ifPresent(entry -> {
            List<WriteModel<Document>> models = new ArrayList<>();
            entry.getValue()
                    .forEach((id, document) -> models.add(new ReplaceOneModel<>(eq("_id", id), document, UPSERT)));
            collections.get(entry.getKey()).bulkWrite(models, ORDERED);
        });
        dirty.clear();
    }

    /** Writes every change and forgets what it knew, e.g. before a query the batch cannot answer. */
    void flushAndForget() {
        flush();
        known.clear();
    }

    private List<Map.Entry<String, LinkedHashMap<Object, Document>>> ordered() {
        List<Map.Entry<String, LinkedHashMap<Object, Document>>> entries = new ArrayList<>(dirty.entrySet());
        entries.sort(java.util.Comparator.comparingInt(entry -> {
            int at = order.indexOf(entry.getKey());
            return at < 0 ? Integer.MAX_VALUE : at;
        }));
        return entries; // a stable sort: unlisted collections keep the order of their last change
    }

    /** Round trips made so far: reads (finds and {@code $in} loads) and bulk writes. */
    long roundTrips() {
        return reads + writes;
    }

    private Map<Object, Document> documents(MongoCollection<Document> collection) {
        String namespace = namespace(collection);
        collections.putIfAbsent(namespace, collection);
        return known.computeIfAbsent(namespace, n -> new HashMap<>());
    }

    private static String namespace(MongoCollection<Document> collection) {
        return collection.getNamespace().getFullName();
    }
}
