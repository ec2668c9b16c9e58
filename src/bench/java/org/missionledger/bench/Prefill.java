package org.missionledger.bench;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.EventEntry;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.EventEntryConfiguration;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.missionledger.platform.eventstore.EventDocument;
import org.missionledger.platform.eventstore.GlobalIndexEventStorageEngine;

/**
 * Fills a ledger up to a number of stored events fast: realistic mission streams (20 events each, interleaved 50
 * missions at a time as a busy ledger would interleave them) written with {@code insertMany} directly in the engine's
 * storage format (our engine: the {@code events} collection under global indexes taken from the counter, which is
 * advanced; the stock engine: its {@code domainevents} entries), instead of through commands.
 */
final class Prefill {

    static final int EVENTS_PER_MISSION = 20;
    private static final int MISSIONS_PER_CHUNK = 50;

    private final LedgerContext ledger;
    private final double eventsPerSecond;
    private int missions;

    Prefill(LedgerContext ledger, double eventsPerSecond) {
        this.ledger = ledger;
        this.eventsPerSecond = eventsPerSecond;
    }

    static String missionId(int n) {
        return "bg-" + n;
    }

    /** Background missions written so far (ids {@code bg-0} onwards, each {@value #EVENTS_PER_MISSION} events). */
    int missions() {
        return missions;
    }

    /** Writes background missions until at least {@code target} events are stored; returns the seconds it took. */
    double fillTo(long target) {
        long started = System.nanoTime();
        long stored = ledger.storedEvents();
        long missing = target - stored;
        if (missing <= 0) {
            return 0;
        }
        int newMissions = (int) ((missing + EVENTS_PER_MISSION - 1) / EVENTS_PER_MISSION);
        Serializer serializer = ledger.serializer();
        // Recorded at a steady rate, ending now.
        Instant firstAt = Instant.now()
                .minus(Duration.ofNanos((long) (newMissions * EVENTS_PER_MISSION / eventsPerSecond * 1e9)));
        long position = 0;
        long reported = 0;
        for (int chunkStart = 0; chunkStart < newMissions; chunkStart += MISSIONS_PER_CHUNK) {
            int chunk = Math.min(MISSIONS_PER_CHUNK, newMissions - chunkStart);
            List<List<DomainEventMessage<?>>> streams = new ArrayList<>(chunk);
            for (int m = 0; m < chunk; m++) {
                long base = position;
                int slot = m;
                streams.add(SampleLedger.missionStream(
                        missionId(missions + chunkStart + m),
                        EVENTS_PER_MISSION,
                        seq -> firstAt.plusNanos((long) ((base + (long) seq * chunk + slot) / eventsPerSecond * 1e9))));
            }
            List<DomainEventMessage<?>> interleaved = new ArrayList<>(chunk * EVENTS_PER_MISSION);
            for (int seq = 0; seq < EVENTS_PER_MISSION; seq++) {
                for (List<DomainEventMessage<?>> stream : streams) {
                    interleaved.add(stream.get(seq));
                }
            }
            write(interleaved, serializer);
            position += interleaved.size();
            if (position - reported >= 100_000) {
                reported = position;
                System.out.printf(
                        "  pre-filled %,d of %,d events (%s engine)%n",
                        position, (long) newMissions * EVENTS_PER_MISSION, ledger.engine().label);
            }
        }
        missions += newMissions;
        return (System.nanoTime() - started) / 1e9;
    }

    /** Writes {@code events} as they are, in global order, {@code insertMany} of 1,000 at a time. */
    void append(List<DomainEventMessage<?>> events) {
        Serializer serializer = ledger.serializer();
        for (int from = 0; from < events.size(); from += 1_000) {
            write(events.subList(from, Math.min(events.size(), from + 1_000)), serializer);
        }
    }

    private void write(List<DomainEventMessage<?>> events, Serializer serializer) {
        List<Document> documents = new ArrayList<>(events.size());
        if (ledger.engine() == LedgerContext.Engine.STOCK) {
            EventEntryConfiguration configuration = EventEntryConfiguration.getDefault();
            for (DomainEventMessage<?> event : events) {
                documents.add(new EventEntry(event, serializer).asDocument(configuration));
            }
            ledger.database()
                    .getCollection("domainevents")
                    .insertMany(documents, new InsertManyOptions().ordered(false));
            return;
        }
        MongoCollection<Document> counters = ledger.database().getCollection("counters");
        Document before = counters.findOneAndUpdate(
                Filters.eq("_id", GlobalIndexEventStorageEngine.GLOBAL_COUNTER),
                Updates.inc("value", (long) events.size()),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.BEFORE));
        long first = (before == null ? 0L : ((Number) before.get("value")).longValue()) + 1;
        for (int i = 0; i < events.size(); i++) {
            documents.add(EventDocument.of(first + i, events.get(i), serializer));
        }
        ledger.database().getCollection("events").insertMany(documents, new InsertManyOptions().ordered(false));
    }
}
