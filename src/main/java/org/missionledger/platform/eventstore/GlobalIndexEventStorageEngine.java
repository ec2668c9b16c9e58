package org.missionledger.platform.eventstore;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.axonframework.common.AxonConfigurationException;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.BatchingEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.serialization.Serializer;
import org.bson.Document;

/**
 * An Axon {@link org.axonframework.eventsourcing.eventstore.EventStorageEngine} on MongoDB with a strict, dense global
 * order, and the {@link EventLog} the rest of the application reads.
 *
 * <p>Every event is stored under {@code _id} = its global index. The engine composes the parts that do the work, each
 * with one job: {@link EventStoreIndexes} (collections, unique indexes, the global index counter),
 * {@link GlobalIndexAppender} (allocation, group commit, tombstones for refused events), {@link TrackingReader} (the
 * global order for Axon's tracking processors, gap waiting and closing) and {@link GlobalOrderReader} (the stored events
 * the port serves). Aggregate loading stays here: it is Axon's contract and a few point lookups.
 *
 * <p>All hot paths are point lookups: aggregates load through the single-field unique key {@code aggregateKey =
 * aggregateId:sequence} (as {@code $in} lists of consecutive keys) and a snapshot kept under {@code _id = aggregateId};
 * tracking reads are {@code _id $in} lists. See {@code docs/adr/0001-event-store-on-mongodb.md}.
 */
public class GlobalIndexEventStorageEngine extends BatchingEventStorageEngine implements EventLog {

    /** Name of the counter document (field {@code value}) that holds the last allocated global index. */
    public static final String GLOBAL_COUNTER = EventStoreIndexes.GLOBAL_COUNTER;

    private static final int DEFAULT_FIRST_AGGREGATE_FETCH = 8;
    private static final int MAX_AGGREGATE_FETCH = 512;

    private final EventStoreIndexes indexes;
    private final GlobalIndexAppender appender;
    private final TrackingReader tracking;
    private final GlobalOrderReader globalOrder;
    private final int firstAggregateFetch;

    protected GlobalIndexEventStorageEngine(Builder builder) {
        super(builder);
        this.indexes = new EventStoreIndexes(builder.database, builder.collections);
        this.appender = new GlobalIndexAppender(indexes, builder.clock, builder.groupCommit, new AppenderHooks());
        this.tracking = new TrackingReader(indexes, builder.gapTimeout, builder.clock);
        this.globalOrder = new GlobalOrderReader(indexes);
        this.firstAggregateFetch = builder.firstAggregateFetch;
        if (builder.ensureIndexes) {
            ensureIndexes();
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Creates the counter and the unique indexes the engine relies on (see {@link EventStoreIndexes}). */
    public final void ensureIndexes() {
        indexes.ensureIndexes();
    }

    // ---------------------------------------------------------------------------------------------- appending

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> eventMessages, Serializer serializer) {
        appender.append(eventMessages, serializer);
    }

    /**
     * Called between allocating global indexes and writing the events. An extension point for fault-injection tests
     * (a writer that stalls); does nothing by default.
     */
    protected void beforeInsert(long firstIndex, long lastIndex) {}

    /** Allocates {@code count} consecutive global indexes and returns the last of them. */
    protected long allocate(int count) {
        return indexes.allocate(count);
    }

    /** The appender's way back to the engine's overridable hooks and Axon's persistence exception mapping. */
    private final class AppenderHooks implements GlobalIndexAppender.Hooks {

        @Override
        public long allocate(int count) {
            return GlobalIndexEventStorageEngine.this.allocate(count);
        }

        @Override
        public void beforeInsert(long firstIndex, long lastIndex) {
            GlobalIndexEventStorageEngine.this.beforeInsert(firstIndex, lastIndex);
        }

        @Override
        public RuntimeException translate(Exception e, EventMessage<?> failedEvent) {
            try {
                handlePersistenceException(e, failedEvent);
            } catch (RuntimeException thrown) {
                return thrown;
            }
            return new EventStoreException("Failed to append " + failedEvent.getIdentifier(), e);
        }
    }

    @Override
    protected void storeSnapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
        Document document = EventDocument.snapshot(snapshot, serializer);
        indexes.snapshots.replaceOne(
                eq("_id", snapshot.getAggregateIdentifier()), document, new ReplaceOptions().upsert(true));
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
        for (Document document : indexes.events.find(in(EventDocument.AGGREGATE_KEY, keys))) {
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
        Document document =
                indexes.snapshots.find(eq("_id", aggregateIdentifier)).first();
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

    /** See {@link TrackingReader#fetchTrackedEvents}: the contiguous run after {@code lastToken}. */
    @Override
    protected List<? extends TrackedEventData<?>> fetchTrackedEvents(TrackingToken lastToken, int batchSize) {
        return tracking.fetchTrackedEvents(lastToken, batchSize);
    }

    @Override
    public TrackingToken createTailToken() {
        return tracking.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return tracking.createHeadToken();
    }

    /** See {@link TrackingReader#createTokenAt}: timestamps compared as instants. */
    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return tracking.createTokenAt(dateTime);
    }

    // ------------------------------------------------------------------------------------ the EventLog port

    /** Every event of one aggregate from sequence 0 (Axon's default, restated: the port declares it too). */
    @Override
    public DomainEventStream readEvents(String aggregateId) {
        return readEvents(aggregateId, 0L);
    }

    @Override
    public long headIndex() {
        return globalOrder.headIndex();
    }

    @Override
    public long lastEventIndex() {
        return globalOrder.lastEventIndex();
    }

    @Override
    public boolean isTombstone(long globalIndex) {
        return globalOrder.isTombstone(globalIndex);
    }

    @Override
    public List<StoredEvent> readStoredEvents(long afterIndex, int limit) {
        return globalOrder.readStoredEvents(afterIndex, limit);
    }

    @Override
    public Optional<StoredEvent> storedEvent(String eventId) {
        return globalOrder.storedEvent(eventId);
    }

    @Override
    public Optional<String> aggregateTypeOf(String aggregateId) {
        return globalOrder.aggregateTypeOf(aggregateId);
    }

    /** Reads one stored event or tombstone by global index (diagnostics and tests; not part of the port). */
    public Optional<Document> rawEvent(long globalIndex) {
        return globalOrder.rawEvent(globalIndex);
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
