package org.missionledger.ledger.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.missionledger.ledger.LogStoreFixture;
import org.missionledger.ledger.merkle.MerkleProofs;
import org.missionledger.ledger.merkle.MerkleTree;
import org.missionledger.ledger.merkle.NodeHash;
import org.missionledger.ledger.merkle.NodeId;
import org.missionledger.platform.eventstore.StoredEvent;

/** The sequencer against a real (embedded) MongoDB: order, idempotency, crashes between writes, a second sequencer. */
class LogSequencerTest {

    final LogStoreFixture fixture = new LogStoreFixture();
    final TreeStore store = new TreeStore(fixture.database);

    LogSequencerTest() {
        store.ensureCollections();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    static StoredEvent event(long globalIndex, String aggregateId, long sequence) {
        return new StoredEvent(
                globalIndex,
                "event-" + aggregateId + "-" + sequence + "-" + globalIndex,
                "MissionAggregate",
                aggregateId,
                sequence,
                "2025-01-01T00:00:00.000001Z",
                "org.missionledger.mission.api.MissionReworded",
                "1",
                "{\"n\":" + globalIndex + "}",
                "{}");
    }

    /** Reads from a list like the engine's readStoredEvents (in order, after an index, at most a limit). */
    static LogSequencer.EventReader reader(List<StoredEvent> events) {
        return (after, limit) -> events.stream()
                .filter(e -> e.globalIndex() > after)
                .limit(limit)
                .toList();
    }

    static byte[] rootOf(List<StoredEvent> events) {
        MerkleTree tree = new MerkleTree();
        events.forEach(e -> tree.appendLeafHash(LeafEncoding.leafHash(e)));
        return tree.root();
    }

    List<StoredEvent> events(int count) {
        List<StoredEvent> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            events.add(event(i + 1, "m" + (i % 3), i / 3));
        }
        return events;
    }

    @Test
    void appendsEveryEventOnceInGlobalOrderAcrossTombstones() {
        List<StoredEvent> events = List.of(event(1, "a", 0), event(2, "a", 1), event(4, "b", 0), event(7, "a", 2));
        LogSequencer sequencer = new LogSequencer(store, reader(events), Clock.systemUTC(), 2);

        LogSequencer.Appended appended = sequencer.appendUpTo(8);

        assertThat(appended.leavesAdded()).isEqualTo(4);
        LogState state = store.state();
        assertThat(state.size()).isEqualTo(4);
        assertThat(state.lastGlobalIndex()).isEqualTo(7);
        assertThat(state.root()).isEqualTo(rootOf(events));
        assertThat(store.leaves(0, 10)).extracting(StoredLeaf::globalIndex).containsExactly(1L, 2L, 4L, 7L);
        assertThat(store.leaves(0, 10))
                .extracting(StoredLeaf::eventId)
                .containsExactlyElementsOf(
                        events.stream().map(StoredEvent::eventId).toList());
        assertThat(store.leafByEventId(events.get(2).eventId()).orElseThrow().decoded())
                .isEqualTo(EventLeaf.of(events.get(2)));
    }

    @Test
    void aRedeliveredOrRepeatedTriggerAppendsNothing() {
        List<StoredEvent> events = events(30);
        LogSequencer sequencer = new LogSequencer(store, reader(events), Clock.systemUTC(), 7);
        sequencer.appendUpTo(20);
        sequencer.appendUpTo(20);
        sequencer.appendUpTo(5);
        assertThat(store.state().size()).isEqualTo(20);

        // a restarted sequencer (fresh instance, state read from the store) continues where the log is
        LogSequencer restarted = new LogSequencer(store, reader(events), Clock.systemUTC(), 7);
        restarted.appendUpTo(12);
        restarted.appendUpTo(30);
        assertThat(store.state().size()).isEqualTo(30);
        assertThat(store.state().root()).isEqualTo(rootOf(events));
        assertThat(fixture.database.getCollection("tlog_leaves").countDocuments())
                .isEqualTo(30);
    }

    @Test
    void aCrashBetweenWritingNodesAndAdvancingTheStateIsRepairedOnRestart() {
        List<StoredEvent> events = events(40);
        AtomicInteger failures = new AtomicInteger(1);
        TreeStore crashing = new TreeStore(fixture.database) {
            @Override
            boolean advance(LogState expected, LogState next) {
                if (next.size() > 16 && failures.getAndDecrement() > 0) {
                    throw new IllegalStateException("simulated crash after leaves and nodes were written");
                }
                return super.advance(expected, next);
            }
        };
        LogSequencer sequencer = new LogSequencer(crashing, reader(events), Clock.systemUTC(), 10);
        sequencer.appendUpTo(10);
        assertThatThrownBy(() -> sequencer.appendUpTo(40)).hasMessageContaining("simulated crash");
        assertThat(store.state().size()).isEqualTo(10);
        assertThat(fixture.database.getCollection("tlog_leaves").countDocuments())
                .isEqualTo(20);

        // Orphans beyond the committed size may even hold garbage (a crash mid-write): they are rewritten.
        fixture.corruptSubtreeHash(new NodeId(2, 3)); // stored with its last leaf, 15: an orphan

        LogSequencer restarted = new LogSequencer(store, reader(events), Clock.systemUTC(), 10);
        restarted.appendUpTo(40);
        assertThat(store.state().size()).isEqualTo(40);
        assertThat(store.state().root()).isEqualTo(rootOf(events));
        assertThat(MerkleProofs.root(40, store)).isEqualTo(rootOf(events));
        MerkleTree reference = new MerkleTree();
        events.forEach(e -> reference.appendLeafHash(LeafEncoding.leafHash(e)));
        assertThat(store.hash(2, 3)).isEqualTo(reference.hash(2, 3));
    }

    @Test
    void aSecondSequencerCannotForkTheTree() {
        List<StoredEvent> events = events(20);
        LogSequencer first = new LogSequencer(store, reader(events), Clock.systemUTC(), 5);
        LogSequencer second = new LogSequencer(store, reader(events), Clock.systemUTC(), 5);
        second.state(); // second caches the empty log
        first.appendUpTo(8);

        assertThatThrownBy(() -> second.appendUpTo(12)).isInstanceOf(LogSequencer.ConcurrentSequencerException.class);
        second.reload();
        second.appendUpTo(20);
        assertThat(store.state().size()).isEqualTo(20);
        assertThat(store.state().root()).isEqualTo(rootOf(events));
    }

    @Test
    void anEventThatReappearsAtALaterGlobalIndexIsNotAppendedAgain() {
        List<StoredEvent> events = new ArrayList<>(events(5));
        LogSequencer sequencer = new LogSequencer(store, reader(events), Clock.systemUTC(), 10);
        sequencer.appendUpTo(5);
        StoredEvent copy = events.get(2);
        events.add(new StoredEvent(
                6,
                copy.eventId(),
                copy.aggregateType(),
                copy.aggregateId(),
                copy.sequence(),
                copy.timestamp(),
                copy.payloadType(),
                copy.payloadRevision(),
                copy.payload(),
                copy.metadata()));
        events.add(event(7, "z", 0));

        LogSequencer.Appended appended = sequencer.appendUpTo(7);

        assertThat(appended.leavesAdded()).isEqualTo(1);
        assertThat(appended.skipped()).isEqualTo(1);
        assertThat(store.state().size()).isEqualTo(6);
        assertThat(store.state().lastGlobalIndex()).isEqualTo(7);
    }

    @Test
    void listenersHearEveryCommittedAppend() {
        List<StoredEvent> events = events(9);
        LogSequencer sequencer = new LogSequencer(store, reader(events), Clock.systemUTC(), 4);
        List<Long> sizes = new ArrayList<>();
        sequencer.onAppended(state -> sizes.add(state.size()));
        sequencer.onAppended(state -> {
            throw new IllegalStateException("a failing listener does not undo the append");
        });
        sequencer.appendUpTo(9);
        assertThat(sizes).containsExactly(4L, 8L, 9L);
    }

    @Test
    void everyCompleteSubtreeIsStoredOnceWithItsLastLeaf() {
        List<StoredEvent> events = events(8);
        new LogSequencer(store, reader(events), Clock.systemUTC(), 5).appendUpTo(8);
        List<NodeHash> expected = new org.missionledger.ledger.merkle.MerkleAppender()
                .appendAll(events.stream().map(LeafEncoding::leafHash).toList());
        assertThat(fixture.database.getCollection("tlog_leaves").countDocuments())
                .isEqualTo(8);
        Map<Long, List<byte[]>> stored = store.subtreeHashesOfLeaves(0, 8);
        assertThat(stored.values().stream().mapToInt(List::size).sum()).isEqualTo(expected.size()); // 8 + 4 + 2 + 1
        assertThat(stored.get(7L)).hasSize(4);
        assertThat(stored.get(6L)).hasSize(1);
        for (NodeHash node : expected) {
            assertThat(store.hash(node.id().level(), node.id().index())).isEqualTo(node.hash());
        }
    }
}
