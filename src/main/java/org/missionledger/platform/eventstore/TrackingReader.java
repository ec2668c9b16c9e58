package org.missionledger.platform.eventstore;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Projections;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tracking side of the event store: what Axon's tracking processors read. The global order is read as
 * {@code _id $in} windows and only the contiguous prefix is delivered: an index allocated but not yet written (a gap)
 * is waited for, and closed with a tombstone once it has outlived the gap timeout, so a writer that comes later fails
 * loudly ({@link GlobalIndexClosedException}) instead of storing an event no tracker will ever see.
 */
final class TrackingReader {

    private static final Logger log = LoggerFactory.getLogger(TrackingReader.class);
    private static final int MAX_EMPTY_WINDOWS = 64;
    private static final int TOKEN_AT_WINDOW = 1000;

    private final EventStoreIndexes indexes;
    private final Duration gapTimeout;
    private final Clock clock;
    private final ConcurrentMap<Long, Instant> gapFirstSeen = new ConcurrentHashMap<>();

    TrackingReader(EventStoreIndexes indexes, Duration gapTimeout, Clock clock) {
        this.indexes = indexes;
        this.gapTimeout = gapTimeout;
        this.clock = clock;
    }

    /**
     * Reads the next events in global order after {@code lastToken}. Only the contiguous run is returned: the batch
     * stops before the first index that is allocated but not yet written, unless that gap has outlived the gap
     * timeout, in which case it is closed with a tombstone (or, if the event arrived meanwhile, delivered).
     */
    List<? extends TrackedEventData<?>> fetchTrackedEvents(TrackingToken lastToken, int batchSize) {
        if (lastToken != null && !(lastToken instanceof GapAwareTrackingToken)) {
            throw new IllegalArgumentException(
                    "Token " + lastToken + " is of the wrong type; expected " + GapAwareTrackingToken.class.getName());
        }
        GapAwareTrackingToken token = lastToken == null
                ? GapAwareTrackingToken.newInstance(0, Collections.emptySortedSet())
                : (GapAwareTrackingToken) lastToken;
        List<TrackedEventData<?>> result = new ArrayList<>();
        for (int window = 0; window < MAX_EMPTY_WINDOWS; window++) {
            WindowOutcome outcome = readWindow(token, batchSize, result);
            token = outcome.token();
            if (!result.isEmpty() || !outcome.continueReading()) {
                break;
            }
        }
        return result;
    }

    private record WindowOutcome(GapAwareTrackingToken token, boolean continueReading) {}

    private WindowOutcome readWindow(GapAwareTrackingToken token, int batchSize, List<TrackedEventData<?>> result) {
        long from = token.getIndex() + 1;
        long to = from + batchSize - 1;
        List<Long> ids = new ArrayList<>(batchSize + token.getGaps().size());
        ids.addAll(token.getGaps()); // tokens written by other engines may carry gaps; revisit them first
        for (long id = from; id <= to; id++) {
            ids.add(id);
        }
        Map<Long, Document> found = new HashMap<>();
        long maxFound = Long.MIN_VALUE;
        for (Document document : indexes.events.find(in("_id", ids))) {
            long id = document.getLong("_id");
            found.put(id, document);
            maxFound = Math.max(maxFound, id);
        }
        GapAwareTrackingToken current = token;
        for (Long gap : token.getGaps()) {
            Document document = found.get(gap);
            if (document != null) {
                current = current.advanceTo(gap, Integer.MAX_VALUE);
                if (!EventDocument.isTombstone(document)) {
                    result.add(new TrackedDomainEventData<>(current, EventDocument.toDomainEventData(document)));
                }
            }
        }
        long allocatedUpTo = maxFound >= from ? maxFound : indexes.lastAllocated();
        // Every gap in the window starts its timeout now, not when the gaps before it are closed: a crash that leaves
        // several holes then costs one gap timeout, not one per hole.
        Instant now = clock.instant();
        for (long id = from; id <= Math.min(to, allocatedUpTo); id++) {
            if (!found.containsKey(id)) {
                gapFirstSeen.putIfAbsent(id, now);
            }
        }
        for (long id = from; id <= to; id++) {
            Document document = found.get(id);
            if (document == null) {
                if (id > allocatedUpTo) {
                    return new WindowOutcome(current, false); // caught up with the head
                }
                document = gapExpired(id) ? closeGap(id) : null;
                if (document == null) {
                    return new WindowOutcome(current, false); // wait for the writer of this index
                }
            }
            gapFirstSeen.remove(id);
            current = current.advanceTo(id, Integer.MAX_VALUE);
            if (!EventDocument.isTombstone(document)) {
                result.add(new TrackedDomainEventData<>(current, EventDocument.toDomainEventData(document)));
            }
        }
        return new WindowOutcome(current, true);
    }

    private boolean gapExpired(long index) {
        Instant now = clock.instant();
        Instant firstSeen = gapFirstSeen.computeIfAbsent(index, i -> now);
        return !firstSeen.plus(gapTimeout).isAfter(now);
    }

    /**
     * Closes a timed-out gap by inserting a tombstone under its global index. Returns the tombstone, or the event if
     * its writer got there first.
     */
    private Document closeGap(long index) {
        Document tombstone = EventDocument.tombstone(index, "gap-timeout", clock.instant());
        try {
            indexes.events.insertOne(tombstone);
            log.warn(
                    "Closed global index {} with a tombstone: allocated but not written within {}; "
                            + "its writer, if still alive, will fail and can retry",
                    index,
                    gapTimeout);
            return tombstone;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return indexes.events.find(eq("_id", index)).first();
            }
            throw new EventStoreException("Failed to close the gap at global index " + index, e);
        }
    }

    TrackingToken createTailToken() {
        return GapAwareTrackingToken.newInstance(0, Collections.emptySortedSet());
    }

    TrackingToken createHeadToken() {
        return GapAwareTrackingToken.newInstance(indexes.lastAllocated(), Collections.emptySortedSet());
    }

    /**
     * A token just before the first event in global order whose timestamp is at or after {@code dateTime}, or the head
     * when there is none. Timestamps are compared as instants, not as their stored ISO-8601 text: that text has a
     * variable number of fraction digits ({@code 10:00:00Z} sorts after {@code 10:00:00.5Z}), so no string range and
     * no index on it can answer this. An administrative operation that scans the order in {@code _id $in} windows,
     * reading only the index, timestamp and tombstone flag of each event.
     */
    TrackingToken createTokenAt(Instant dateTime) {
        long head = indexes.lastAllocated();
        for (long start = 1; start <= head; start += TOKEN_AT_WINDOW) {
            long end = Math.min(head, start + TOKEN_AT_WINDOW - 1);
            List<Long> ids = new ArrayList<>((int) (end - start + 1));
            for (long id = start; id <= end; id++) {
                ids.add(id);
            }
            long first = Long.MAX_VALUE;
            for (Document document : indexes.events
                    .find(in("_id", ids))
                    .projection(Projections.include("_id", EventDocument.TIMESTAMP, EventDocument.TOMBSTONE))) {
                if (!EventDocument.isTombstone(document)
                        && !Instant.parse(document.getString(EventDocument.TIMESTAMP))
                                .isBefore(dateTime)) {
                    first = Math.min(first, document.getLong("_id"));
                }
            }
            if (first != Long.MAX_VALUE) {
                return GapAwareTrackingToken.newInstance(first - 1, Collections.emptySortedSet());
            }
        }
        return createHeadToken();
    }
}
