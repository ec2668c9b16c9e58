package org.missionledger.ledger.log;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.bson.Document;
import org.missionledger.ledger.merkle.SubtreeHashSource;
import org.missionledger.platform.eventstore.EventDocument;
import org.missionledger.platform.eventstore.EventStoreCollections;
import org.missionledger.platform.eventstore.StoredEvent;
import org.missionledger.platform.store.EmbeddedMongoStore;
import org.missionledger.platform.store.LedgerStore;

/**
 * Read-only access to a ledger's store for the live verifier and the export subcommand: the events exactly as stored
 * (read as {@code _id $in} windows up to the global counter, tombstones skipped, and holes — indexes that are neither
 * an event nor a tombstone — noted), the log's stored leaves, nodes, state and checkpoints. Never writes.
 */
public final class LiveStore implements AutoCloseable {

    private static final int WINDOW = 1000;
    private static final String GLOBAL_COUNTER = "global-index";

    private final LedgerStore store;
    private final EmbeddedMongoStore embedded;
    private final MongoDatabase database;
    private final TreeStore tree;
    private final String description;
    private final List<Long> holes = new ArrayList<>();
    private long tombstones;

    private LiveStore(LedgerStore store, EmbeddedMongoStore embedded, String description) {
        this.store = store;
        this.embedded = embedded;
        this.database = store.database();
        this.tree = new TreeStore(database);
        this.description = description;
    }

    /**
     * Connects to a MongoDB.
     *
     * @throws IllegalArgumentException if it cannot be reached
     */
    public static LiveStore connect(String uri, String database) {
        LedgerStore store;
        try {
            store = LedgerStore.connect(uri, database);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a usable MongoDB URI: " + e.getMessage(), e);
        }
        try {
            store.database().runCommand(new Document("ping", 1));
        } catch (MongoException e) {
            store.close();
            throw new IllegalArgumentException(
                    "cannot reach the store " + store.description() + ": " + e.getMessage(), e);
        }
        return new LiveStore(store, null, store.description());
    }

    /**
     * Opens an embedded store's data directory directly (the application must not be running on it: the file is
     * locked while it is).
     */
    public static LiveStore openEmbedded(Path dataDir, String database) {
        if (!Files.isRegularFile(dataDir.resolve("missionledger.mv.db"))) {
            throw new IllegalArgumentException(
                    "no embedded store in " + dataDir.toAbsolutePath() + " (missionledger.mv.db not found)");
        }
        EmbeddedMongoStore embedded = EmbeddedMongoStore.startDurable(dataDir, 0);
        try {
            LedgerStore store = LedgerStore.connect(embedded.connectionString(), database);
            return new LiveStore(store, embedded, "embedded store " + dataDir.toAbsolutePath() + "/" + database);
        } catch (RuntimeException e) {
            embedded.close();
            throw e;
        }
    }

    public String describe() {
        return description;
    }

    /** The last allocated global index. */
    public long headIndex() {
        Document counter = database.getCollection(EventStoreCollections.DEFAULT.counters())
                .find(eq("_id", GLOBAL_COUNTER))
                .first();
        return counter == null ? 0 : ((Number) counter.get("value")).longValue();
    }

    /** The log's committed state. */
    public LogState state() {
        return tree.state();
    }

    /** The verifier key the log published in its store. */
    public Optional<String> publishedVerifierKey() {
        return tree.publishedVerifierKey();
    }

    /** Global indexes found to be neither an event nor a tombstone during the last read of {@link #events()}. */
    public List<Long> holes() {
        return List.copyOf(holes);
    }

    /** Tombstones seen during the last read of {@link #events()}. */
    public long tombstones() {
        return tombstones;
    }

    /**
     * Reads every stored event in global order.
     *
     * @param consumer receives each event
     * @param progress receives the global index reached
     */
    public void forEachEvent(Consumer<StoredEvent> consumer, LongConsumer progress) {
        MongoCollection<Document> events = database.getCollection(EventStoreCollections.DEFAULT.events());
        long head = headIndex();
        holes.clear();
        tombstones = 0;
        for (long from = 1; from <= head; from += WINDOW) {
            long to = Math.min(head + 1, from + WINDOW);
            List<Long> ids = new ArrayList<>((int) (to - from));
            for (long id = from; id < to; id++) {
                ids.add(id);
            }
            Map<Long, Document> found = new HashMap<>();
            for (Document document : events.find(in("_id", ids))) {
                found.put(((Number) document.get("_id")).longValue(), document);
            }
            for (long id = from; id < to; id++) {
                Document document = found.get(id);
                if (document == null) {
                    holes.add(id);
                } else if (EventDocument.isTombstone(document)) {
                    tombstones++;
                } else {
                    consumer.accept(toEvent(document));
                }
            }
            progress.accept(to - 1);
        }
    }

    /** The events of the store as leaves, recomputed (the history under test of the live verifier). */
    public LeafSource events() {
        return new LeafSource() {
            @Override
            public String describe() {
                return "event store (" + description + ")";
            }

            @Override
            public long progressTotal() {
                return headIndex();
            }

            @Override
            public void read(Sink sink, LongConsumer progress) {
                long[] position = {0};
                forEachEvent(
                        event -> sink.accept(
                                LeafEntry.of(position[0]++, leafOf(event), "global index " + event.globalIndex())),
                        progress);
            }
        };
    }

    /** The log's own stored leaves (its record of what it committed to). */
    public LeafSource storedLeaves() {
        return new LeafSource() {
            @Override
            public String describe() {
                return "the log's stored leaves";
            }

            @Override
            public long progressTotal() {
                return tree.state().size();
            }

            @Override
            public void read(Sink sink, LongConsumer progress) {
                long position = 0;
                while (true) {
                    List<StoredLeaf> window = tree.leaves(position, position + WINDOW);
                    for (StoredLeaf leaf : window) {
                        EventLeaf decoded;
                        try {
                            decoded = leaf.decoded();
                        } catch (IllegalArgumentException e) {
                            throw new MalformedSourceException(
                                    "stored leaf " + leaf.leafIndex() + " is not a valid leaf: " + e.getMessage(), e);
                        }
                        sink.accept(
                                new LeafEntry(position++, decoded, leaf.leafHash(), "stored leaf " + leaf.leafIndex()));
                    }
                    progress.accept(position);
                    if (window.size() < WINDOW) {
                        return;
                    }
                }
            }
        };
    }

    /** A stored checkpoint: its number, size and signed note. */
    public record StoredNote(long seq, long size, String note) {}

    /** Every checkpoint the log stored, in signing order. */
    public List<StoredNote> checkpoints() {
        MongoCollection<Document> checkpoints = database.getCollection(LogCollections.DEFAULT.checkpoints());
        List<StoredNote> result = new ArrayList<>();
        for (long from = 1; ; from += 100) {
            List<Long> seqs = new ArrayList<>();
            for (long seq = from; seq < from + 100; seq++) {
                seqs.add(seq);
            }
            List<StoredNote> batch = new ArrayList<>();
            for (Document document : checkpoints.find(in("seq", seqs))) {
                batch.add(new StoredNote(
                        ((Number) document.get("seq")).longValue(),
                        ((Number) document.get("_id")).longValue(),
                        document.getString("note")));
            }
            batch.sort(Comparator.comparingLong(StoredNote::seq));
            result.addAll(batch);
            if (batch.size() < 100) {
                return result;
            }
        }
    }

    /** The result of comparing every stored subtree hash with the one recomputed from the leaves. */
    public record NodeAudit(long checked, long missing, long different, List<String> examples) {
        public boolean ok() {
            return missing == 0 && different == 0;
        }
    }

    /**
     * Compares every complete subtree of the tree of {@code size} leaves stored in the log with {@code expected}.
     *
     * @param size the committed tree size
     * @param expected subtree hashes recomputed from the leaves
     * @param progress receives the nodes checked so far
     */
    public NodeAudit auditNodes(long size, SubtreeHashSource expected, LongConsumer progress) {
        long checked = 0;
        long missing = 0;
        long different = 0;
        List<String> examples = new ArrayList<>();
        for (long from = 0; from < size; from += WINDOW) {
            long to = Math.min(size, from + WINDOW);
            Map<Long, List<byte[]>> stored = tree.subtreeHashesOfLeaves(from, to);
            for (long leaf = from; leaf < to; leaf++) {
                List<byte[]> hashes = stored.getOrDefault(leaf, List.of());
                int count = 1 + Long.numberOfTrailingZeros(~leaf); // the complete subtrees ending at this leaf
                for (int level = 0; level < count; level++) {
                    long index = leaf >>> level;
                    checked++;
                    if (hashes.size() <= level) {
                        missing++;
                        if (examples.size() < 5) {
                            examples.add("subtree level " + level + " index " + index + " is missing");
                        }
                    } else if (!Arrays.equals(hashes.get(level), expected.hash(level, index))) {
                        different++;
                        if (examples.size() < 5) {
                            examples.add("subtree level " + level + " index " + index + " (leaves " + (index << level)
                                    + "–" + leaf + ") differs");
                        }
                    }
                }
            }
            progress.accept(checked);
        }
        return new NodeAudit(checked, missing, different, examples);
    }

    /**
     * Writes the events export (JSON Lines, {@link EventLineWriter}) of the whole store.
     *
     * @return the number of events written
     */
    public long exportEvents(Path file, LongConsumer progress) throws IOException {
        long[] count = {0};
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
                EventLineWriter lines = new EventLineWriter(out)) {
            IOException[] failure = {null};
            forEachEvent(
                    event -> {
                        if (failure[0] != null) {
                            return;
                        }
                        try {
                            lines.write(event);
                            count[0]++;
                        } catch (IOException e) {
                            failure[0] = e;
                        }
                    },
                    progress);
            if (failure[0] != null) {
                throw failure[0];
            }
        }
        return count[0];
    }

    /** The leaf of a stored event, tolerating a damaged document (a missing text hashes as 32 zero bytes). */
    static EventLeaf leafOf(StoredEvent event) {
        return new EventLeaf(
                Math.max(0, event.globalIndex()),
                orEmpty(event.eventId()),
                event.aggregateType(),
                orEmpty(event.aggregateId()),
                Math.max(0, event.sequence()),
                orEmpty(event.timestamp()),
                orEmpty(event.payloadType()),
                event.payloadRevision(),
                event.payload() == null ? new byte[EventLeaf.DIGEST_LENGTH] : EventLeaf.sha256(event.payload()),
                event.metadata() == null ? new byte[EventLeaf.DIGEST_LENGTH] : EventLeaf.sha256(event.metadata()));
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static StoredEvent toEvent(Document document) {
        return new StoredEvent(
                ((Number) document.get("_id")).longValue(),
                string(document, EventDocument.EVENT_ID),
                string(document, EventDocument.AGGREGATE_TYPE),
                string(document, EventDocument.AGGREGATE_ID),
                document.get(EventDocument.SEQUENCE) instanceof Number n ? n.longValue() : -1,
                string(document, EventDocument.TIMESTAMP),
                string(document, EventDocument.PAYLOAD_TYPE),
                string(document, EventDocument.PAYLOAD_REVISION),
                string(document, EventDocument.PAYLOAD),
                string(document, EventDocument.METADATA));
    }

    private static String string(Document document, String field) {
        Object value = document.get(field);
        return value == null ? null : value.toString();
    }

    @Override
    public void close() {
        store.close();
        if (embedded != null) {
            embedded.close();
        }
    }
}
