package org.missionledger.platform.eventstore;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.model.Projections;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;

/**
 * The stored events as the {@link EventLog} port serves them: the global order in {@code _id $in} windows, its head,
 * and point lookups by event id, global index and aggregate. Reads only; it never closes gaps (only trackers do).
 */
final class GlobalOrderReader {

    private final EventStoreIndexes indexes;

    GlobalOrderReader(EventStoreIndexes indexes) {
        this.indexes = indexes;
    }

    /** The last allocated global index (the head of the order, possibly with writes still in flight). */
    long headIndex() {
        return indexes.lastAllocated();
    }

    /**
     * The global index of the last stored event: the head without the tombstones and in-flight allocations after it.
     * This is the position a fully caught-up processor reports, so it is what lag is measured against. Reads the last
     * few indexes with one {@code _id $in} lookup (more only if a long run of tombstones ends the order).
     */
    long lastEventIndex() {
        long upper = indexes.lastAllocated();
        if (upper == 0) {
            return 0;
        }
        Document last = indexes.events
                .find(eq("_id", upper))
                .projection(Projections.include("_id", EventDocument.TOMBSTONE))
                .first();
        if (last != null && !EventDocument.isTombstone(last)) {
            return upper; // the usual case: one point lookup
        }
        while (upper > 0) {
            long lower = Math.max(1, upper - 63);
            List<Long> ids = new ArrayList<>();
            for (long id = lower; id <= upper; id++) {
                ids.add(id);
            }
            long best = 0;
            for (Document document : indexes.events
                    .find(in("_id", ids))
                    .projection(Projections.include("_id", EventDocument.TOMBSTONE))) {
                if (!EventDocument.isTombstone(document)) {
                    best = Math.max(best, document.getLong("_id"));
                }
            }
            if (best > 0) {
                return best;
            }
            upper = lower - 1;
        }
        return 0;
    }

    /** The type of the aggregate whose stream starts with {@code aggregateId}, from its first event. */
    Optional<String> aggregateTypeOf(String aggregateId) {
        Document first = indexes.events
                .find(eq(EventDocument.AGGREGATE_KEY, EventDocument.aggregateKey(aggregateId, 0)))
                .first();
        return Optional.ofNullable(first).map(d -> d.getString(EventDocument.AGGREGATE_TYPE));
    }

    /**
     * Reads stored events in global order after {@code afterIndex}, at most {@code limit} of them, as {@code _id $in}
     * windows. Stops at the first index not yet written (it may still be in flight) and skips tombstones. Used by
     * exports, rebuilds and the transparency log; it never closes gaps (only trackers do).
     */
    List<StoredEvent> readStoredEvents(long afterIndex, int limit) {
        List<StoredEvent> result = new ArrayList<>(Math.min(limit, 1024));
        long next = afterIndex + 1;
        long head = indexes.lastAllocated();
        while (result.size() < limit && next <= head) {
            int window = (int) Math.min(Math.max(limit - result.size(), 16), Math.min(1000, head - next + 1));
            long start = next;
            long end = start + window;
            List<Long> ids = new ArrayList<>(window);
            for (long id = start; id < end; id++) {
                ids.add(id);
            }
            Map<Long, Document> found = new HashMap<>();
            for (Document document : indexes.events.find(in("_id", ids))) {
                found.put(document.getLong("_id"), document);
            }
            for (long id = start; id < end; id++) {
                Document document = found.get(id);
                if (document == null) {
                    return result;
                }
                next = id + 1;
                if (!EventDocument.isTombstone(document)) {
                    result.add(StoredEvent.of(document));
                    if (result.size() == limit) {
                        return result;
                    }
                }
            }
        }
        return result;
    }

    /** Reads one stored event by its event identifier (a point lookup on the unique index). */
    Optional<StoredEvent> storedEvent(String eventId) {
        Document document =
                indexes.events.find(eq(EventDocument.EVENT_ID, eventId)).first();
        return document == null || EventDocument.isTombstone(document)
                ? Optional.empty()
                : Optional.of(StoredEvent.of(document));
    }

    /** Reads one stored event or tombstone by global index (diagnostics and tests). */
    Optional<Document> rawEvent(long globalIndex) {
        return Optional.ofNullable(indexes.events.find(eq("_id", globalIndex)).first());
    }

    /** True when a tombstone is stored under {@code globalIndex} (one point lookup). */
    boolean isTombstone(long globalIndex) {
        Document document = indexes.events
                .find(eq("_id", globalIndex))
                .projection(Projections.include("_id", EventDocument.TOMBSTONE))
                .first();
        return document != null && EventDocument.isTombstone(document);
    }
}
