package org.missionledger.platform.eventstore;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.model.InsertManyOptions;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The write side of the event store: allocates global indexes from the counter, writes commits (concurrent
 * single-event commits as one group), and tombstones the indexes of refused events at once so that trackers do not
 * wait a gap timeout for them.
 *
 * <p>A commit is two round trips: one counter update ({@code findOneAndUpdate $inc}) for its range of indexes and one
 * {@code insertMany}. With group commit, concurrent commits share both. See {@code docs/adr/0001-event-store-on-mongodb.md}.
 */
final class GlobalIndexAppender {

    private static final Logger log = LoggerFactory.getLogger(GlobalIndexAppender.class);
    private static final int MAX_GROUP = 256;

    /** What the appender asks of the engine: its allocation and fault-injection hooks and Axon's error mapping. */
    interface Hooks {

        /** Allocates {@code count} consecutive global indexes and returns the last of them. */
        long allocate(int count);

        /** Called between allocating global indexes and writing the events. */
        void beforeInsert(long firstIndex, long lastIndex);

        /** The exception an append that failed with {@code e} raises (Axon's persistence exception mapping). */
        RuntimeException translate(Exception e, EventMessage<?> failedEvent);
    }

    private final EventStoreIndexes indexes;
    private final Clock clock;
    private final boolean groupCommit;
    private final Hooks hooks;
    private final ReentrantLock allocationLock = new ReentrantLock();
    private final ConcurrentLinkedQueue<PendingAppend> pending = new ConcurrentLinkedQueue<>();

    GlobalIndexAppender(EventStoreIndexes indexes, Clock clock, boolean groupCommit, Hooks hooks) {
        this.indexes = indexes;
        this.clock = clock;
        this.groupCommit = groupCommit;
        this.hooks = hooks;
    }

    /** Appends one commit: its events get consecutive global indexes, in order. */
    void append(List<? extends EventMessage<?>> eventMessages, Serializer serializer) {
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
        long last = hooks.allocate(eventMessages.size());
        long first = last - eventMessages.size() + 1;
        List<Document> documents = new ArrayList<>(eventMessages.size());
        for (int i = 0; i < eventMessages.size(); i++) {
            documents.add(EventDocument.of(first + i, eventMessages.get(i), serializer));
        }
        hooks.beforeInsert(first, last);
        try {
            indexes.events.insertMany(documents, new InsertManyOptions().ordered(true));
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
            throw hooks.translate(e, eventMessages.get(0));
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
            last = hooks.allocate(group.size());
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
            hooks.beforeInsert(first, last);
            indexes.events.insertMany(documents, new InsertManyOptions().ordered(false));
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
                append.done.completeExceptionally(hooks.translate(e, append.event));
            }
        } catch (RuntimeException | Error e) {
            group.forEach(append -> append.done.completeExceptionally(e));
            throw e;
        }
    }

    /** The exception a refused event raises: Axon's, as the engine's persistence exception resolver maps it. */
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
        return hooks.translate(e, failedEvent);
    }

    /** Tombstones indexes whose events were refused, in one unordered insert; a failure leaves them to the trackers. */
    private void closeAbandoned(List<Long> abandoned) {
        if (abandoned.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        List<Document> tombstones = new ArrayList<>(abandoned.size());
        for (long index : abandoned) {
            tombstones.add(EventDocument.tombstone(index, "abandoned", now));
        }
        try {
            indexes.events.insertMany(tombstones, new InsertManyOptions().ordered(false));
        } catch (MongoException e) {
            log.debug("Could not close abandoned global indexes {} (trackers will close them later)", abandoned, e);
        }
    }
}
