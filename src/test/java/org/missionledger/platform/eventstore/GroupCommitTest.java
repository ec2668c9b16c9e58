package org.missionledger.platform.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.missionledger.platform.eventstore.EngineFixture.event;
import static org.missionledger.platform.eventstore.EngineFixture.readAll;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Concurrent single-event commits share one counter update and one unordered insert, and still fail one by one. */
class GroupCommitTest {

    private final EngineFixture fixture = new EngineFixture();
    private final ExecutorService writers = Executors.newFixedThreadPool(8);

    @AfterEach
    void close() {
        writers.shutdownNow();
        fixture.close();
    }

    @Test
    void concurrentCommitsQueuedBehindAnAllocationShareOneCounterUpdateAndOneInsert() throws Exception {
        HoldingEngine engine = (HoldingEngine) fixture.engine(Duration.ofSeconds(5), HoldingEngine::new);
        List<Future<?>> appends = new ArrayList<>();
        appends.add(writers.submit(() -> engine.appendEvents(event("first", 0, "first"))));
        assertThat(engine.firstAllocationHeld.await(5, TimeUnit.SECONDS)).isTrue();
        for (int i = 0; i < 5; i++) {
            String aggregate = "queued-" + i;
            appends.add(writers.submit(() -> engine.appendEvents(event(aggregate, 0, aggregate))));
        }
        engine.awaitQueued(6);
        engine.release.countDown();
        for (Future<?> append : appends) {
            append.get(10, TimeUnit.SECONDS);
        }

        assertThat(engine.allocations).startsWith(1).hasSizeLessThan(6);
        assertThat(engine.allocations.stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(6);
        assertThat(engine.allocations.stream().mapToInt(Integer::intValue).max().orElseThrow())
                .isGreaterThan(1);
        List<TrackedEventMessage<?>> all = readAll(engine, null);
        assertThat(all).hasSize(6);
        assertThat(all)
                .extracting(e -> ((GapAwareTrackingToken) e.trackingToken()).getIndex())
                .containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(engine.headIndex()).isEqualTo(6);
    }

    @Test
    void aRefusedEventInAGroupFailsAloneAndItsIndexIsTombstonedAtOnce() throws Exception {
        HoldingEngine engine = (HoldingEngine) fixture.engine(Duration.ofHours(1), HoldingEngine::new);
        engine.firstAllocationHeld.countDown();
        engine.release.countDown();
        engine.appendEvents(event("a", 0, "a0"));
        engine.appendEvents(event("a", 1, "a1"));
        engine.hold();

        Future<?> blocker = writers.submit(() -> engine.appendEvents(event("blocker", 0, "blocker")));
        assertThat(engine.firstAllocationHeld.await(5, TimeUnit.SECONDS)).isTrue();
        Future<?> fine = writers.submit(() -> engine.appendEvents(event("b", 0, "b0")));
        engine.awaitQueued(4);
        Future<?> conflicting = writers.submit(() -> engine.appendEvents(event("a", 1, "conflict")));
        engine.awaitQueued(5);
        Future<?> recreated = writers.submit(() -> engine.appendEvents(event("a", 0, "again")));
        engine.awaitQueued(6);
        Future<?> alsoFine = writers.submit(() -> engine.appendEvents(event("c", 0, "c0")));
        engine.awaitQueued(7);
        engine.release.countDown();

        blocker.get(10, TimeUnit.SECONDS);
        fine.get(10, TimeUnit.SECONDS);
        alsoFine.get(10, TimeUnit.SECONDS);
        assertThat(failure(conflicting)).isInstanceOf(ConcurrencyException.class);
        assertThat(failure(recreated)).isInstanceOf(AggregateStreamCreationException.class);

        // The group was written together; its two refused events were tombstoned at once, so trackers pass them
        // without waiting the (one hour) gap timeout, and nothing else of the group was lost.
        assertThat(engine.allocations.stream().mapToInt(Integer::intValue).max().orElseThrow())
                .isGreaterThan(1);
        List<TrackedEventMessage<?>> all = readAll(engine, null);
        assertThat(all)
                .extracting(e -> ((EngineFixture.Noted) e.getPayload()).text())
                .containsExactlyInAnyOrder("a0", "a1", "blocker", "b0", "c0");
        long tombstones = java.util.stream.LongStream.rangeClosed(1, engine.headIndex())
                .filter(i -> engine.rawEvent(i).orElseThrow().getBoolean("tombstone", false))
                .count();
        assertThat(tombstones).isEqualTo(2);
        assertThat(engine.headIndex()).isEqualTo(7);
        assertThat(engine.readEvents("a").asStream())
                .extracting(DomainEventMessage::getSequenceNumber)
                .containsExactly(0L, 1L);
    }

    @Test
    void multiEventCommitsKeepTheirOwnOrderedInsert() {
        HoldingEngine engine = (HoldingEngine) fixture.engine(Duration.ofSeconds(5), HoldingEngine::new);
        engine.firstAllocationHeld.countDown();
        engine.release.countDown();
        engine.appendEvents(event("m", 0, "m0"), event("m", 1, "m1"), event("m", 2, "m2"));
        assertThat(engine.allocations).containsExactly(3);
        assertThat(engine.readEvents("m").asStream()).hasSize(3);
    }

    @Test
    void withoutGroupCommitEveryCommitAllocatesAlone() throws Exception {
        GlobalIndexEventStorageEngine engine =
                fixture.engine(Duration.ofSeconds(5), b -> b.groupCommit(false).build());
        List<Future<?>> appends = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String aggregate = "solo-" + i;
            appends.add(writers.submit(() -> engine.appendEvents(event(aggregate, 0, aggregate))));
        }
        for (Future<?> append : appends) {
            append.get(10, TimeUnit.SECONDS);
        }
        assertThat(readAll(engine, null)).hasSize(40);
    }

    private static Throwable failure(Future<?> future) throws InterruptedException {
        try {
            future.get(10, TimeUnit.SECONDS);
            return null;
        } catch (java.util.concurrent.ExecutionException e) {
            return e.getCause();
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("append did not finish", e);
        }
    }

    /**
     * Holds the first allocation (inside the allocation lock) until released, so that the appends started meanwhile
     * queue up and are committed as one group; records every allocation's size.
     */
    static final class HoldingEngine extends GlobalIndexEventStorageEngine {
        volatile CountDownLatch firstAllocationHeld = new CountDownLatch(1);
        volatile CountDownLatch release = new CountDownLatch(1);
        final List<Integer> allocations = new CopyOnWriteArrayList<>();
        private final AtomicInteger appendsStarted = new AtomicInteger();
        private volatile boolean holding = true;

        HoldingEngine(Builder builder) {
            super(builder);
        }

        void hold() {
            allocations.clear();
            firstAllocationHeld = new CountDownLatch(1);
            release = new CountDownLatch(1);
            holding = true;
        }

        /** Waits until {@code count} appends have started and had time to queue. */
        void awaitQueued(int count) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (appendsStarted.get() < count && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            Thread.sleep(150); // from entering appendEvents to being queued is serialisation only
        }

        @Override
        protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
            appendsStarted.incrementAndGet();
            super.appendEvents(events, serializer);
        }

        @Override
        protected long allocate(int count) {
            if (holding) {
                holding = false;
                firstAllocationHeld.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            allocations.add(count);
            return super.allocate(count);
        }
    }
}
