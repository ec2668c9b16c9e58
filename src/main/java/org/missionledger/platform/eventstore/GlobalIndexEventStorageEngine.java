package org.missionledger.platform.eventstore;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.axonframework.common.AxonConfigurationException;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.BatchingEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An Axon {@link org.axonframework.eventsourcing.eventstore.EventStorageEngine} on MongoDB with a strict, dense global
 * order.
 *
 * <p>Every event is stored under {@code _id} = its global index, allocated from a counter document with {@code
 * findOneAndUpdate $inc}. Trackers read the global order as {@code _id $in} windows and deliver only the contiguous
 * prefix: an index that was allocated but is not yet written (a gap) is waited for. A gap still open after the gap
 * timeout is closed by inserting a tombstone under that {@code _id}, so a writer that comes later still fails loudly on
 * the duplicate key ({@link GlobalIndexClosedException}) instead of storing an event no tracker will ever see.
 *
 * <p>All hot paths are point lookups: aggregates load through the single-field unique key {@code aggregateKey =
 * aggregateId:sequence} (as {@code $in} lists of consecutive keys) and a snapshot kept under {@code _id = aggregateId};
 * tracking reads are {@code _id $in} lists. See {@code docs/adr/0001-event-store-on-mongodb.md}.
 */
public class GlobalIndexEventStorageEngine extends BatchingEventStorageEngine {

    private static final Logger log = LoggerFactory.getLogger(GlobalIndexEventStorageEngine.class);

    /** Name of the counter document (field {@code value}) that holds the last allocated global index. */
    public static final String GLOBAL_COUNTER = "global-index";

    private static final int DEFAULT_FIRST_AGGREGATE_FETCH = 8;
    private static final int MAX_AGGREGATE_FETCH = 512;
    private static final int MAX_EMPTY_WINDOWS = 64;
    private static final int MAX_GROUP = 256;

    private final MongoCollection<Document> events;
    private final MongoCollection<Document> snapshots;
    private final MongoCollection<Document> counters;
    private final Duration gapTimeout;
    private final Clock clock;
    private final ConcurrentMap<Long, Instant> gapFirstSeen = new ConcurrentHashMap<>();
    private final boolean groupCommit;
    private final int firstAggregateFetch;
    private final ReentrantLock allocationLock = new ReentrantLock();
    private final ConcurrentLinkedQueue<PendingAppend> pending = new ConcurrentLinkedQueue<>();

    protected GlobalIndexEventStorageEngine(Builder builder) {
        super(builder);
        MongoDatabase database = builder.database;
        EventStoreCollections names = builder.collections;
        this.events = database.getCollection(names.events());
        this.snapshots = database.getCollection(names.snapshots());
        this.counters = database.getCollection(names.counters());
        this.gapTimeout = builder.gapTimeout;
        this.clock = builder.clock;
        this.groupCommit = builder.groupCommit;
        this.firstAggregateFetch = builder.firstAggregateFetch;
        if (builder.ensureIndexes) {
            ensureIndexes();
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Creates the unique indexes the engine relies on. Only single-field unique indexes are used for lookups, because
     * they are what mongo-java-server serves without scanning and what a sharded cluster can target.
     */
    public final void ensureIndexes() {
        // Create everything up front: mongo-java-server races when two writers create a collection at once.
        counters.updateOne(
                eq("_id", GLOBAL_COUNTER),
                Updates.setOnInsert("value", 0L),
                new com.mongodb.client.model.UpdateOptions().upsert(true));
        snapshots.createIndex(Indexes.ascending(EventDocument.AGGREGATE_TYPE));
        events.createIndex(Indexes.ascending(EventDocument.EVENT_ID), new IndexOptions().unique(true));
        events.createIndex(Indexes.ascending(EventDocument.AGGREGATE_KEY), new IndexOptions().unique(true));
        // Serves createTokenAt on a real MongoDB; mongo-java-server ignores non-unique indexes (it scans instead).
        events.createIndex(Indexes.ascending(EventDocument.TIMESTAMP));
    }

    // ---------------------------------------------------------------------------------------------- appending

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> eventMessages, Serializer serializer) {
        if (eventMessages.isEmpty()) {
            return;
        }
        if (groupCommit && eventMessages.size() == 1) {
            appendGrouped(eventMessages.get(0), serializer);
        } else {
            appendAlone(eventMessages, serializer);
        }
    }

    /**
     * A commit of several events: its own allocation and one ordered insert, so that nothing after a refused event of
     * the commit is written.
     */
    private void appendAlone(List<? extends EventMessage<?>> eventMessages, Serializer serializer) {
        long last = allocate(eventMessages.size());
        long first = last - eventMessages.size() + 1;
        List<Document> documents = new ArrayList<>(eventMessages.size());
        for (int i = 0; i < eventMessages.size(); i++) {
            documents.add(EventDocument.of(first + i, eventMessages.get(i), serializer));
        }
        beforeInsert(first, last);
        try {
            events.insertMany(documents, new InsertManyOptions().ordered(true));
        } catch (MongoBulkWriteException e) {
            BulkWriteError error = e.getWriteErrors().get(0);
            int failed = error.getIndex();
            EventMessage<?> failedEvent = eventMessages.get(failed);
            if (error.getCategory() == ErrorCategory.DUPLICATE_KEY && EventDocument.isGlobalIndexViolation(error)) {
                throw new GlobalIndexClosedException(first + failed, failedEvent.getIdentifier(), e);
            }
            // Nothing at or after the failed position was written: release those indexes at once, so that
            // trackers do not wait a full gap timeout for events that will never come.
            List<Long> abandoned = new ArrayList<>();
            for (long index = first + failed; index <= last; index++) {
                abandoned.add(index);
            }
            closeAbandoned(abandoned);
            throw refusal(error, failedEvent, e);
        } catch (MongoException e) {
            // The outcome is unknown (e.g. a network error after the server applied the write): leave the
            // indexes alone; trackers either find the events or close the gaps after the timeout.
            handlePersistenceException(e, eventMessages.get(0));
        }
    }

    /** One pending single-event commit waiting to be written with others (group commit). */
    private static final class PendingAppend {
        final EventMessage<?> event;
        final Document document;
        final CompletableFuture<Void> done = new CompletableFuture<>();
        volatile boolean drained;
        long index;

        PendingAppend(EventMessage<?> event, Document document) {
            this.event = event;
            this.document = document;
        }
    }

    /**
     * Group commit of single-event commits. Concurrent writers queue their event; whoever holds the allocation lock
     * takes the whole queue, allocates one consecutive range for it with one counter update, releases the lock (so
     * that the next group can allocate meanwhile) and writes the group with one unordered {@code insertMany}. Each
     * event then succeeds or fails on its own: a refused event (duplicate aggregate key) is tombstoned at once, an
     * event whose index was closed by a tracker fails with {@link GlobalIndexClosedException}, and an unknown outcome
     * fails every event of the group and leaves their indexes to the gap timeout, exactly as a lone commit would.
     */
    private void appendGrouped(EventMessage<?> event, Serializer serializer) {
        PendingAppend mine = new PendingAppend(event, EventDocument.of(0, event, serializer));
        pending.add(mine);
        while (!mine.drained) {
            List<PendingAppend> group = null;
            allocationLock.lock();
            try {
                if (!mine.drained) {
                    group = drainAndAllocate();
                }
            } finally {
                allocationLock.unlock();
            }
            if (group != null && !group.isEmpty()) {
                writeGroup(group);
            }
        }
        try {
            mine.done.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new EventStoreException("Failed to append " + event.getIdentifier(), e.getCause());
        }
    }

    /** Under the allocation lock: takes up to {@value #MAX_GROUP} queued events and allocates their indexes. */
    private List<PendingAppend> drainAndAllocate() {
        List<PendingAppend> group = new ArrayList<>();
        PendingAppend next;
        while (group.size() < MAX_GROUP && (next = pending.poll()) != null) {
            group.add(next);
        }
        if (group.isEmpty()) {
            return group;
        }
        long last;
        try {
            last = allocate(group.size());
        } catch (RuntimeException e) {
            for (PendingAppend append : group) {
                append.drained = true;
                append.done.completeExceptionally(new EventStoreException(
                        "Could not allocate a global index for " + append.event.getIdentifier(), e));
            }
            return List.of();
        }
        long index = last - group.size() + 1;
        for (PendingAppend append : group) {
            append.index = index++;
            append.document.put("_id", append.index);
            append.drained = true;
        }
        return group;
    }

    private void writeGroup(List<PendingAppend> group) {
        long first = group.get(0).index;
        long last = group.get(group.size() - 1).index;
        List<Document> documents = new ArrayList<>(group.size());
        for (PendingAppend append : group) {
            documents.add(append.document);
        }
        try {
            beforeInsert(first, last);
            events.insertMany(documents, new InsertManyOptions().ordered(false));
            group.forEach(append -> append.done.complete(null));
        } catch (MongoBulkWriteException e) {
            Map<Integer, BulkWriteError> errors = new HashMap<>();
            for (BulkWriteError error : e.getWriteErrors()) {
                errors.put(error.getIndex(), error);
            }
            List<Long> abandoned = new ArrayList<>();
            Map<PendingAppend, RuntimeException> failures = new HashMap<>();
            for (int i = 0; i < group.size(); i++) {
                PendingAppend append = group.get(i);
                BulkWriteError error = errors.get(i);
                if (error == null) {
                    continue;
                }
                if (error.getCategory() == ErrorCategory.DUPLICATE_KEY && EventDocument.isGlobalIndexViolation(error)) {
                    failures.put(append, new GlobalIndexClosedException(append.index, append.event.getIdentifier(), e));
                } else {
                    abandoned.add(append.index);
                    failures.put(append, refusal(error, append.event, e));
                }
            }
            closeAbandoned(abandoned);
            for (PendingAppend append : group) {
                RuntimeException failure = failures.get(append);
                if (failure == null) {
                    append.done.complete(null);
                } else {
                    append.done.completeExceptionally(failure);
                }
            }
        } catch (MongoException e) {
            // Unknown outcome for the whole group: leave the indexes to the trackers, as a lone commit would.
            for (PendingAppend append : group) {
                append.done.completeExceptionally(translate(e, append.event));
            }
        } catch (RuntimeException | Error e) {
            group.forEach(append -> append.done.completeExceptionally(e));
            throw e;
        }
    }

    /** The exception a refused event raises: Axon's, as {@link #handlePersistenceException} maps it. */
    private RuntimeException refusal(BulkWriteError error, EventMessage<?> failedEvent, MongoBulkWriteException e) {
        if (error.getCategory() == ErrorCategory.DUPLICATE_KEY
                && failedEvent instanceof DomainEventMessage<?> domainEvent
                && domainEvent.getSequenceNumber() == 0) {
            return new AggregateAlreadyExistsException(domainEvent.getType(), domainEvent.getAggregateIdentifier(), e);
        }
        if (error.getCategory() != ErrorCategory.DUPLICATE_KEY) {
            return new EventStoreException(
                    "Failed to append " + failedEvent.getIdentifier() + ": " + error.getMessage(), e);
        }
        return translate(e, failedEvent);
    }

    private RuntimeException translate(Exception e, EventMessage<?> failedEvent) {
        try {
            handlePersistenceException(e, failedEvent);
        } catch (RuntimeException thrown) {
            return thrown;
        }
        return new EventStoreException("Failed to append " + failedEvent.getIdentifier(), e);
    }

    /**
     * Called between allocating global indexes and writing the events. An extension point for fault-injection tests
     * (a writer that stalls); does nothing by default.
     */
    protected void beforeInsert(long firstIndex, long lastIndex) {}

    /** Allocates {@code count} consecutive global indexes and returns the last of them. */
    protected long allocate(int count) {
        // Read the value BEFORE the increment: mongo-java-server answers "return the new document" with the live
        // document, which a concurrent increment can change before the answer is encoded; the old one is a copy.
        Document before = counters.findOneAndUpdate(
                eq("_id", GLOBAL_COUNTER),
                Updates.inc("value", (long) count),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.BEFORE));
        long previous = before == null ? 0L : ((Number) before.get("value")).longValue();
        return previous + count;
    }

    /** Tombstones indexes whose events were refused, in one unordered insert; a failure leaves them to the trackers. */
    private void closeAbandoned(List<Long> indexes) {
        if (indexes.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        List<Document> tombstones = new ArrayList<>(indexes.size());
        for (long index : indexes) {
            tombstones.add(EventDocument.tombstone(index, "abandoned", now));
        }
        try {
            events.insertMany(tombstones, new InsertManyOptions().ordered(false));
        } catch (MongoException e) {
            log.debug("Could not close abandoned global indexes {} (trackers will close them later)", indexes, e);
        }
    }

    @Override
    protected void storeSnapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
        Document document = EventDocument.snapshot(snapshot, serializer);
        snapshots.replaceOne(eq("_id", snapshot.getAggregateIdentifier()), document, new ReplaceOptions().upsert(true));
    }

    // ---------------------------------------------------------------------------------------- aggregate loading

    @Override
    protected Stream<? extends DomainEventData<?>> readEventData(String aggregateIdentifier, long firstSequenceNumber) {
        Spliterator<DomainEventData<?>> spliterator =
                new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL) {
                    private long next = firstSequenceNumber;
                    private int fetchSize = firstAggregateFetch;
                    private List<? extends DomainEventData<?>> batch = List.of();
                    private int position;
                    private boolean exhausted;

                    @Override
                    public boolean tryAdvance(Consumer<? super DomainEventData<?>> action) {
                        if (position == batch.size()) {
                            if (exhausted) {
                                return false;
                            }
                            batch = fetchDomainEvents(aggregateIdentifier, next, fetchSize);
                            position = 0;
                            exhausted = batch.size() < fetchSize;
                            next += batch.size();
                            fetchSize = Math.min(MAX_AGGREGATE_FETCH, fetchSize * 4);
                            if (batch.isEmpty()) {
                                return false;
                            }
                        }
                        action.accept(batch.get(position++));
                        return true;
                    }
                };
        return StreamSupport.stream(spliterator, false);
    }

    /**
     * Reads up to {@code batchSize} events of one aggregate from {@code firstSequenceNumber} on, as one {@code $in}
     * lookup of consecutive {@code aggregateKey}s; returns the contiguous run found.
     */
    @Override
    protected List<? extends DomainEventData<?>> fetchDomainEvents(
            String aggregateIdentifier, long firstSequenceNumber, int batchSize) {
        List<String> keys = new ArrayList<>(batchSize);
        for (long sequence = firstSequenceNumber; sequence < firstSequenceNumber + batchSize; sequence++) {
            keys.add(EventDocument.aggregateKey(aggregateIdentifier, sequence));
        }
        Map<Long, Document> bySequence = new HashMap<>();
        for (Document document : events.find(in(EventDocument.AGGREGATE_KEY, keys))) {
            bySequence.put(document.getLong(EventDocument.SEQUENCE), document);
        }
        List<DomainEventData<?>> result = new ArrayList<>(bySequence.size());
        for (long sequence = firstSequenceNumber; bySequence.containsKey(sequence); sequence++) {
            result.add(EventDocument.toDomainEventData(bySequence.get(sequence)));
        }
        return result;
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
        Document document = snapshots.find(eq("_id", aggregateIdentifier)).first();
        return document == null ? Stream.empty() : Stream.of(EventDocument.toSnapshotData(document));
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        Optional<Long> fromSnapshot = readSnapshotData(aggregateIdentifier)
                .map(DomainEventData::getSequenceNumber)
                .findFirst();
        long first = fromSnapshot.map(s -> s + 1).orElse(0L);
        Long last = readEventData(aggregateIdentifier, first)
                .map(DomainEventData::getSequenceNumber)
                .reduce((a, b) -> b)
                .orElse(null);
        return last != null ? Optional.of(last) : fromSnapshot;
    }

    // ----------------------------------------------------------------------------------------------- tracking

    /**
     * Reads the next events in global order after {@code lastToken}. Only the contiguous run is returned: the batch
     * stops before the first index that is allocated but not yet written, unless that gap has outlived the gap
     * timeout, in which case it is closed with a tombstone (or, if the event arrived meanwhile, delivered).
     */
    @Override
    protected List<? extends TrackedEventData<?>> fetchTrackedEvents(TrackingToken lastToken, int batchSize) {
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
        for (Document document : events.find(in("_id", ids))) {
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
        long allocatedUpTo = maxFound >= from ? maxFound : lastAllocated();
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

    private long lastAllocated() {
        Document counter = counters.find(eq("_id", GLOBAL_COUNTER)).first();
        return counter == null ? 0 : ((Number) counter.get("value")).longValue();
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
            events.insertOne(tombstone);
            log.warn(
                    "Closed global index {} with a tombstone: allocated but not written within {}; "
                            + "its writer, if still alive, will fail and can retry",
                    index,
                    gapTimeout);
            return tombstone;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return events.find(eq("_id", index)).first();
            }
            throw new EventStoreException("Failed to close the gap at global index " + index, e);
        }
    }

    @Override
    public TrackingToken createTailToken() {
        return GapAwareTrackingToken.newInstance(0, Collections.emptySortedSet());
    }

    @Override
    public TrackingToken createHeadToken() {
        return GapAwareTrackingToken.newInstance(lastAllocated(), Collections.emptySortedSet());
    }

    /**
     * A token just before the first event whose timestamp is at or after {@code dateTime}. An administrative
     * operation: on a real MongoDB the timestamp index serves it, the embedded server scans.
     */
    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        Document first = events.find(gte(EventDocument.TIMESTAMP, dateTime.toString()))
                .sort(Sorts.ascending("_id"))
                .limit(1)
                .first();
        if (first == null) {
            return createHeadToken();
        }
        return GapAwareTrackingToken.newInstance(first.getLong("_id") - 1, Collections.emptySortedSet());
    }

    /** The last allocated global index (the head of the order, possibly with writes still in flight). */
    public long headIndex() {
        return lastAllocated();
    }

    /**
     * The global index of the last stored event: the head without the tombstones and in-flight allocations after it.
     * This is the position a fully caught-up processor reports, so it is what lag is measured against. Reads the last
     * few indexes with one {@code _id $in} lookup (more only if a long run of tombstones ends the order).
     */
    public long lastEventIndex() {
        long upper = lastAllocated();
        if (upper == 0) {
            return 0;
        }
        Document last = events.find(eq("_id", upper))
                .projection(com.mongodb.client.model.Projections.include("_id", EventDocument.TOMBSTONE))
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
            for (Document document : events.find(in("_id", ids))
                    .projection(com.mongodb.client.model.Projections.include("_id", EventDocument.TOMBSTONE))) {
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

    /** The first event of an aggregate's stream (one point lookup). */
    public Optional<StoredEvent> firstEvent(String aggregateId) {
        Document first = events.find(eq(EventDocument.AGGREGATE_KEY, EventDocument.aggregateKey(aggregateId, 0)))
                .first();
        return Optional.ofNullable(first).map(StoredEvent::of);
    }

    /** The type of the aggregate whose stream starts with {@code aggregateId}, from its first event. */
    public Optional<String> aggregateTypeOf(String aggregateId) {
        Document first = events.find(eq(EventDocument.AGGREGATE_KEY, EventDocument.aggregateKey(aggregateId, 0)))
                .first();
        return Optional.ofNullable(first).map(d -> d.getString(EventDocument.AGGREGATE_TYPE));
    }

    /**
     * Reads stored events in global order after {@code afterIndex}, at most {@code limit} of them, as {@code _id $in}
     * windows. Stops at the first index not yet written (it may still be in flight) and skips tombstones. Used by
     * exports, rebuilds and the transparency log; it never closes gaps (only trackers do).
     */
    public List<StoredEvent> readStoredEvents(long afterIndex, int limit) {
        List<StoredEvent> result = new ArrayList<>(Math.min(limit, 1024));
        long next = afterIndex + 1;
        long head = lastAllocated();
        while (result.size() < limit && next <= head) {
            int window = (int) Math.min(Math.max(limit - result.size(), 16), Math.min(1000, head - next + 1));
            long start = next;
            long end = start + window;
            List<Long> ids = new ArrayList<>(window);
            for (long id = start; id < end; id++) {
                ids.add(id);
            }
            Map<Long, Document> found = new HashMap<>();
            for (Document document : events.find(in("_id", ids))) {
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
    public Optional<StoredEvent> storedEvent(String eventId) {
        Document document = events.find(eq(EventDocument.EVENT_ID, eventId)).first();
        return document == null || EventDocument.isTombstone(document)
                ? Optional.empty()
                : Optional.of(StoredEvent.of(document));
    }

    /** Reads one stored event or tombstone by global index (diagnostics and tests). */
    public Optional<Document> rawEvent(long globalIndex) {
        return Optional.ofNullable(events.find(eq("_id", globalIndex)).first());
    }

    /** Builder, in Axon's style. */
    public static class Builder extends BatchingEventStorageEngine.Builder {

        private MongoDatabase database;
        private EventStoreCollections collections = EventStoreCollections.DEFAULT;
        private Duration gapTimeout = Duration.ofSeconds(10);
        private Clock clock = Clock.systemUTC();
        private boolean ensureIndexes = true;
        private boolean groupCommit = true;
        private int firstAggregateFetch = DEFAULT_FIRST_AGGREGATE_FETCH;

        public Builder() {
            persistenceExceptionResolver(EventDocument::isDuplicateKey);
        }

        @Override
        public Builder eventSerializer(Serializer eventSerializer) {
            super.eventSerializer(eventSerializer);
            return this;
        }

        @Override
        public Builder snapshotSerializer(Serializer snapshotSerializer) {
            super.snapshotSerializer(snapshotSerializer);
            return this;
        }

        @Override
        public Builder upcasterChain(org.axonframework.serialization.upcasting.event.EventUpcaster upcasterChain) {
            super.upcasterChain(upcasterChain);
            return this;
        }

        @Override
        public Builder batchSize(int batchSize) {
            super.batchSize(batchSize);
            return this;
        }

        public Builder database(MongoDatabase database) {
            this.database = database;
            return this;
        }

        public Builder collections(EventStoreCollections collections) {
            this.collections = collections;
            return this;
        }

        /** How long a gap in the global index is waited for before it is closed with a tombstone. */
        public Builder gapTimeout(Duration gapTimeout) {
            this.gapTimeout = gapTimeout;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /**
         * Whether concurrent single-event commits share one counter update and one {@code insertMany} (default on).
         */
        public Builder groupCommit(boolean groupCommit) {
            this.groupCommit = groupCommit;
            return this;
        }

        /**
         * How many events the first {@code aggregateKey $in} lookup of an aggregate load asks for (default 8; later
         * lookups ask for four times as many, up to 512). Set it just above the snapshot threshold and a load is one
         * snapshot read and one events read.
         */
        public Builder firstAggregateFetch(int firstAggregateFetch) {
            this.firstAggregateFetch = firstAggregateFetch;
            return this;
        }

        public Builder ensureIndexes(boolean ensureIndexes) {
            this.ensureIndexes = ensureIndexes;
            return this;
        }

        @Override
        protected void validate() throws AxonConfigurationException {
            super.validate();
            if (database == null) {
                throw new AxonConfigurationException("A MongoDatabase is required");
            }
            if (firstAggregateFetch < 1 || firstAggregateFetch > MAX_AGGREGATE_FETCH) {
                throw new AxonConfigurationException(
                        "The first aggregate fetch must be between 1 and " + MAX_AGGREGATE_FETCH);
            }
            if (gapTimeout == null || gapTimeout.isNegative()) {
                throw new AxonConfigurationException("The gap timeout must be zero or positive");
            }
        }

        public GlobalIndexEventStorageEngine build() {
            return new GlobalIndexEventStorageEngine(this);
        }
    }
}
