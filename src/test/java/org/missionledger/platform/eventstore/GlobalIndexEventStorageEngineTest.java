package org.missionledger.platform.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.missionledger.platform.eventstore.EngineFixture.event;
import static org.missionledger.platform.eventstore.EngineFixture.readAll;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GlobalIndexEventStorageEngineTest {

    private final EngineFixture fixture = new EngineFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void givesEveryEventAGlobalIndexAndLoadsAggregatesByPointLookups() {
        GlobalIndexEventStorageEngine engine = fixture.engine(Duration.ofSeconds(5));
        engine.appendEvents(event("a", 0, "a0"), event("a", 1, "a1"));
        engine.appendEvents(event("b", 0, "b0"));
        for (int i = 2; i < 40; i++) {
            engine.appendEvents(event("a", i, "a" + i));
        }

        List<? extends DomainEventMessage<?>> a =
                engine.readEvents("a").asStream().toList();
        assertThat(a).hasSize(40);
        assertThat(a)
                .extracting(DomainEventMessage::getSequenceNumber)
                .containsExactly(
                        java.util.stream.LongStream.range(0, 40).boxed().toArray(Long[]::new));
        assertThat(engine.readEvents("a", 35).asStream()).hasSize(5);
        assertThat(engine.lastSequenceNumberFor("a")).contains(39L);
        assertThat(engine.lastSequenceNumberFor("nobody")).isEmpty();
        assertThat(engine.headIndex()).isEqualTo(41);
        assertThat(engine.rawEvent(3).orElseThrow().getString("aggregateId")).isEqualTo("b");
        assertThat(engine.aggregateTypeOf("b")).contains("TestAggregate");
    }

    @Test
    void refusesADuplicateSequenceAsAConcurrencyConflictAndReleasesItsIndexAtOnce() {
        GlobalIndexEventStorageEngine engine = fixture.engine(Duration.ofHours(1));
        engine.appendEvents(event("a", 0, "first"));
        engine.appendEvents(event("a", 1, "second"));

        assertThatThrownBy(() -> engine.appendEvents(event("a", 1, "conflicting")))
                .isInstanceOf(ConcurrencyException.class);
        assertThatThrownBy(() -> engine.appendEvents(event("a", 0, "again")))
                .isInstanceOf(AggregateStreamCreationException.class);
        engine.appendEvents(event("b", 0, "after"));

        // The refused appends' indexes are closed at once, so trackers pass them without waiting an hour.
        List<TrackedEventMessage<?>> all = readAll(engine, null);
        assertThat(all)
                .extracting(e -> ((EngineFixture.Noted) e.getPayload()).text())
                .containsExactly("first", "second", "after");
        assertThat(engine.rawEvent(3).orElseThrow().getBoolean("tombstone")).isTrue();
        assertThat(engine.rawEvent(4).orElseThrow().getBoolean("tombstone")).isTrue();
    }

    @Test
    void readsStoredEventsInGlobalOrderAcrossWindowsSkippingTombstones() {
        GlobalIndexEventStorageEngine engine = fixture.engine(Duration.ofSeconds(5));
        List<DomainEventMessage<?>> batch = new java.util.ArrayList<>();
        for (int i = 0; i < 2_500; i++) {
            batch.add(event("bulk", i, "e" + i));
            if (batch.size() == 500) {
                engine.appendEvents(batch);
                batch.clear();
            }
        }
        assertThatThrownBy(() -> engine.appendEvents(event("bulk", 0, "duplicate")))
                .isInstanceOf(AggregateStreamCreationException.class);
        engine.appendEvents(event("tail", 0, "last"));

        List<StoredEvent> all = engine.readStoredEvents(0, Integer.MAX_VALUE);
        assertThat(all).hasSize(2_501);
        assertThat(all.get(2_500).aggregateId()).isEqualTo("tail");
        assertThat(all.get(2_500).globalIndex()).isEqualTo(2_502);
        assertThat(engine.readStoredEvents(1_000, 10))
                .extracting(StoredEvent::globalIndex)
                .containsExactly(1_001L, 1_002L, 1_003L, 1_004L, 1_005L, 1_006L, 1_007L, 1_008L, 1_009L, 1_010L);
        assertThat(engine.storedEvent(all.get(7).eventId())).contains(all.get(7));
        assertThat(all.get(0).payload()).isEqualTo("{\"text\":\"e0\"}");
    }

    @Test
    void theLastEventIndexIgnoresTombstonesAndWritesInFlightAtTheHead() {
        GlobalIndexEventStorageEngine engine = fixture.engine(Duration.ofHours(1));
        assertThat(engine.lastEventIndex()).isZero();
        engine.appendEvents(event("a", 0, "first"));
        engine.appendEvents(event("a", 1, "second"));
        assertThat(engine.lastEventIndex()).isEqualTo(2);
        assertThatThrownBy(() -> engine.appendEvents(event("a", 1, "conflict")))
                .isInstanceOf(ConcurrencyException.class); // index 3 becomes a tombstone
        engine.allocate(1); // index 4: allocated, never written (a writer in flight)
        assertThat(engine.headIndex()).isEqualTo(4);
        assertThat(engine.lastEventIndex()).isEqualTo(2);
    }

    @Test
    void snapshotsLiveUnderTheAggregateIdAndReplaceEachOther() {
        GlobalIndexEventStorageEngine engine = fixture.engine(Duration.ofSeconds(5));
        for (int i = 0; i < 5; i++) {
            engine.appendEvents(event("a", i, "a" + i));
        }
        engine.storeSnapshot(new GenericDomainEventMessage<>("TestAggregate", "a", 2, new EngineFixture.Noted("s2")));
        engine.storeSnapshot(new GenericDomainEventMessage<>("TestAggregate", "a", 3, new EngineFixture.Noted("s3")));

        assertThat(engine.readSnapshot("a")).hasValueSatisfying(s -> {
            assertThat(s.getSequenceNumber()).isEqualTo(3);
            assertThat(((EngineFixture.Noted) s.getPayload()).text()).isEqualTo("s3");
        });
        assertThat(engine.lastSequenceNumberFor("a")).contains(4L);
    }

    @Test
    void tracksInGlobalOrderAcrossBatchesAndResumesFromAToken() {
        GlobalIndexEventStorageEngine engine = fixture.engine(Duration.ofSeconds(5));
        for (int i = 0; i < 120; i++) {
            engine.appendEvents(event("agg-" + (i % 7), i / 7, "e" + i));
        }
        List<TrackedEventMessage<?>> all = readAll(engine, engine.createTailToken());
        assertThat(all).hasSize(120);
        assertThat(all)
                .extracting(e -> index(e.trackingToken()))
                .containsExactlyElementsOf(
                        java.util.stream.LongStream.rangeClosed(1, 120).boxed().toList());

        TrackingToken middle = all.get(59).trackingToken();
        assertThat(readAll(engine, middle)).hasSize(60);
        assertThat(readAll(engine, engine.createHeadToken())).isEmpty();
    }

    @Test
    void waitsAtAGapAndDeliversTheLateEventInOrderWhenItArrivesWithinTheTimeout() throws Exception {
        CountDownLatch allocated = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        GlobalIndexEventStorageEngine engine =
                fixture.engine(Duration.ofSeconds(30), b -> new StallingEngine(b, "slow", allocated, release));
        engine.appendEvents(event("fast", 0, "before"));

        ExecutorService writer = Executors.newSingleThreadExecutor();
        Future<?> slow = writer.submit(() -> engine.appendEvents(event("slow", 0, "late")));
        assertThat(allocated.await(5, TimeUnit.SECONDS)).isTrue();
        engine.appendEvents(event("fast", 1, "after"));

        // Index 2 is allocated but not written: the tracker delivers the contiguous prefix and waits.
        List<TrackedEventMessage<?>> first = readAll(engine, null);
        assertThat(first).extracting(this::text).containsExactly("before");

        Thread.sleep(2_500); // the writer commits 2.5 s after allocating, as in the stock engine's failure
        release.countDown();
        slow.get(5, TimeUnit.SECONDS);
        writer.shutdown();

        List<TrackedEventMessage<?>> rest = readAll(engine, first.get(0).trackingToken());
        assertThat(rest).extracting(this::text).containsExactly("late", "after");
        assertThat(rest).extracting(e -> index(e.trackingToken())).containsExactly(2L, 3L);
    }

    @Test
    void closesAGapAfterTheTimeoutAndTheLateWriterFailsLoudly() throws Exception {
        CountDownLatch allocated = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        GlobalIndexEventStorageEngine engine =
                fixture.engine(Duration.ofMillis(300), b -> new StallingEngine(b, "slow", allocated, release));
        engine.appendEvents(event("fast", 0, "before"));
        ExecutorService writer = Executors.newSingleThreadExecutor();
        Future<?> slow = writer.submit(() -> engine.appendEvents(event("slow", 0, "too late")));
        assertThat(allocated.await(5, TimeUnit.SECONDS)).isTrue();
        engine.appendEvents(event("fast", 1, "after"));

        assertThat(readAll(engine, null)).extracting(this::text).containsExactly("before");
        Thread.sleep(400);
        // Past the timeout the tracker closes index 2 with a tombstone and moves on.
        assertThat(readAll(engine, null)).extracting(this::text).containsExactly("before", "after");
        assertThat(engine.rawEvent(2).orElseThrow().getString("reason")).isEqualTo("gap-timeout");

        release.countDown();
        assertThatThrownBy(() -> slow.get(5, TimeUnit.SECONDS))
                .hasCauseInstanceOf(GlobalIndexClosedException.class)
                .hasMessageContaining("retry");
        writer.shutdown();
        // The refused event is nowhere: not in its aggregate, not in the global order.
        assertThat(engine.readEvents("slow").asStream()).isEmpty();
        assertThat(readAll(engine, null)).hasSize(2);
    }

    @Test
    void severalHolesLeftByDeadWritersCostOneGapTimeoutNotOneEach() throws Exception {
        GlobalIndexEventStorageEngine engine = fixture.engine(Duration.ofMillis(300));
        engine.appendEvents(event("a", 0, "one"));
        allocateAndDie(); // index 2: its writer died between allocating and writing
        engine.appendEvents(event("b", 0, "three"));
        allocateAndDie(); // index 4
        engine.appendEvents(event("c", 0, "five"));

        assertThat(readAll(engine, null)).extracting(this::text).containsExactly("one");
        Thread.sleep(400);
        // Both gaps started their timeout when the tracker first saw them: both are closed now, in one read.
        assertThat(readAll(engine, null)).extracting(this::text).containsExactly("one", "three", "five");
        assertThat(engine.rawEvent(2).orElseThrow().getString("reason")).isEqualTo("gap-timeout");
        assertThat(engine.rawEvent(4).orElseThrow().getString("reason")).isEqualTo("gap-timeout");
    }

    private void allocateAndDie() {
        fixture.database
                .getCollection("counters")
                .updateOne(
                        new org.bson.Document("_id", GlobalIndexEventStorageEngine.GLOBAL_COUNTER),
                        new org.bson.Document("$inc", new org.bson.Document("value", 1L)));
    }

    @Test
    void eightConcurrentWritersProduceADenseDuplicateFreeOrder() throws Exception {
        GlobalIndexEventStorageEngine engine = fixture.engine(Duration.ofSeconds(5));
        int writers = 8;
        int perWriter = 60;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        java.util.concurrent.atomic.AtomicLong conflicts = new java.util.concurrent.atomic.AtomicLong();
        List<Future<?>> futures = new java.util.ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            futures.add(pool.submit(() -> {
                for (int i = 0; i < perWriter; i++) {
                    // half the writes go to the writer's own aggregate, half to one shared aggregate
                    String aggregate = i % 2 == 0 ? "own-" + writer : "shared";
                    while (true) {
                        long next = engine.lastSequenceNumberFor(aggregate)
                                .map(s -> s + 1)
                                .orElse(0L);
                        try {
                            engine.appendEvents(event(aggregate, next, writer + ":" + i));
                            break;
                        } catch (ConcurrencyException | AggregateStreamCreationException e) {
                            conflicts.incrementAndGet();
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> future : futures) {
            future.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        List<TrackedEventMessage<?>> all = readAll(engine, null);
        assertThat(all).hasSize(writers * perWriter);
        assertThat(all).extracting(TrackedEventMessage::getIdentifier).doesNotHaveDuplicates();
        List<Long> indexes = all.stream().map(e -> index(e.trackingToken())).toList();
        assertThat(indexes).isSorted().doesNotHaveDuplicates();
        // Every index up to the head is an event or the tombstone of a refused (conflicting) append.
        long head = engine.headIndex();
        long tombstones = java.util.stream.LongStream.rangeClosed(1, head)
                .filter(i -> engine.rawEvent(i).orElseThrow().getBoolean("tombstone", false))
                .count();
        assertThat(tombstones).isEqualTo(conflicts.get());
        assertThat(head).isEqualTo(writers * perWriter + conflicts.get());
        assertThat(engine.readEvents("shared").asStream())
                .extracting(DomainEventMessage::getSequenceNumber)
                .containsExactlyElementsOf(java.util.stream.LongStream.range(0, writers * perWriter / 2)
                        .boxed()
                        .toList());
    }

    private String text(TrackedEventMessage<?> event) {
        return ((EngineFixture.Noted) event.getPayload()).text();
    }

    private static long index(TrackingToken token) {
        return ((GapAwareTrackingToken) token).getIndex();
    }

    /** An engine whose writer for one aggregate stalls between allocating its index and writing. */
    static final class StallingEngine extends GlobalIndexEventStorageEngine {
        private final String stallingAggregate;
        private final CountDownLatch allocated;
        private final CountDownLatch release;
        private final ThreadLocal<String> appending = new ThreadLocal<>();

        StallingEngine(Builder builder, String stallingAggregate, CountDownLatch allocated, CountDownLatch release) {
            super(builder);
            this.stallingAggregate = stallingAggregate;
            this.allocated = allocated;
            this.release = release;
        }

        @Override
        protected void appendEvents(
                List<? extends org.axonframework.eventhandling.EventMessage<?>> events,
                org.axonframework.serialization.Serializer serializer) {
            appending.set(((DomainEventMessage<?>) events.get(0)).getAggregateIdentifier());
            try {
                super.appendEvents(events, serializer);
            } finally {
                appending.remove();
            }
        }

        @Override
        protected void beforeInsert(long firstIndex, long lastIndex) {
            if (stallingAggregate.equals(appending.get())) {
                allocated.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
