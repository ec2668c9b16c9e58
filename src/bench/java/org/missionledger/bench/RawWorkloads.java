package org.missionledger.bench;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertManyOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.bson.Document;
import org.missionledger.platform.axon.EventJson;
import org.missionledger.platform.eventstore.EventDocument;

/**
 * The ceiling for our stack: the MongoDB driver (with the ledger's client settings: majority write concern with
 * journaling, majority reads) inserting and point-reading documents shaped and sized like stored events (a real
 * {@code TargetRevised}, the largest kind, with its metadata: about 2 KB as JSON text), in a database of their own on the same
 * server.
 */
final class RawWorkloads {

    static final int READ_DOCUMENTS = 50_000;
    static final int IN_BATCH = 200;

    private final MongoDatabase database;
    private final Document template;
    private final AtomicLong ids = new AtomicLong();

    RawWorkloads(MongoDatabase database) {
        this.database = database;
        Serializer serializer = JacksonSerializer.builder()
                .objectMapper(EventJson.eventMapper())
                .build();
        var sample = SampleLedger.missionStream(
                "raw-mission", SampleLedger.TARGETS + 3, seq -> java.time.Instant.parse("2025-03-01T10:15:30.123456Z"));
        this.template = EventDocument.of(0, sample.get(sample.size() - 1), serializer);
    }

    /** The size of one raw document as BSON, in bytes. */
    int documentBytes() {
        return template.toBsonDocument().toString().length();
    }

    private Document document(long id) {
        Document document = new Document(template);
        document.put("_id", id);
        document.put(EventDocument.EVENT_ID, UUID.randomUUID().toString());
        document.put(EventDocument.AGGREGATE_KEY, "raw-" + id + ":0");
        return document;
    }

    private MongoCollection<Document> fresh(String name, boolean eventIndexes) {
        MongoCollection<Document> collection = database.getCollection(name);
        collection.drop();
        database.createCollection(name);
        if (eventIndexes) {
            collection.createIndex(Indexes.ascending(EventDocument.EVENT_ID), new IndexOptions().unique(true));
            collection.createIndex(Indexes.ascending(EventDocument.AGGREGATE_KEY), new IndexOptions().unique(true));
        }
        return collection;
    }

    /**
     * {@code insertOne} of one document per operation into a collection emptied before each round; with {@code
     * eventIndexes}, the collection has the events collection's unique indexes too.
     */
    Workload insertOne(boolean eventIndexes) {
        String name = eventIndexes ? "raw-insert-indexed" : "raw-insert";
        return new Workload() {
            @Override
            public void beforeRound() {
                fresh(name, eventIndexes);
            }

            @Override
            public Operation client(int client) {
                MongoCollection<Document> collection = database.getCollection(name);
                return () -> collection.insertOne(document(ids.incrementAndGet()));
            }
        };
    }

    /** {@code insertMany} of {@code batch} documents per operation. */
    Workload insertMany(int batch) {
        return new Workload() {
            @Override
            public void beforeRound() {
                fresh("raw-insert-many", false);
            }

            @Override
            public Operation client(int client) {
                MongoCollection<Document> collection = database.getCollection("raw-insert-many");
                return () -> {
                    List<Document> documents = new ArrayList<>(batch);
                    for (int i = 0; i < batch; i++) {
                        documents.add(document(ids.incrementAndGet()));
                    }
                    collection.insertMany(documents, new InsertManyOptions().ordered(false));
                };
            }
        };
    }

    /** Writes the documents the read workloads read ({@code _id} 1 … {@value #READ_DOCUMENTS}). */
    void prepareReads() {
        MongoCollection<Document> collection = fresh("raw-read", false);
        List<Document> batch = new ArrayList<>(1000);
        for (long id = 1; id <= READ_DOCUMENTS; id++) {
            batch.add(document(id));
            if (batch.size() == 1000) {
                collection.insertMany(batch);
                batch.clear();
            }
        }
    }

    /** {@code find(_id = random)} of one document per operation. */
    Workload pointRead() {
        return client -> {
            MongoCollection<Document> collection = database.getCollection("raw-read");
            return () -> {
                long id = ThreadLocalRandom.current().nextLong(1, READ_DOCUMENTS + 1);
                if (collection.find(eq("_id", id)).first() == null) {
                    throw new IllegalStateException("raw document " + id + " missing");
                }
            };
        };
    }

    /** {@code find(_id $in [n … n+199])} per operation: {@value #IN_BATCH} documents. */
    Workload inRead() {
        return client -> {
            MongoCollection<Document> collection = database.getCollection("raw-read");
            return () -> {
                long start = ThreadLocalRandom.current().nextLong(1, READ_DOCUMENTS - IN_BATCH + 2);
                List<Long> ids = new ArrayList<>(IN_BATCH);
                for (long id = start; id < start + IN_BATCH; id++) {
                    ids.add(id);
                }
                int found = 0;
                for (Document ignored : collection.find(in("_id", ids))) {
                    found++;
                }
                if (found != IN_BATCH) {
                    throw new IllegalStateException("found " + found + " of " + IN_BATCH);
                }
            };
        };
    }

    void drop() {
        database.drop();
    }
}
