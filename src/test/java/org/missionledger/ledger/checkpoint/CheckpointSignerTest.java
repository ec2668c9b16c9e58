package org.missionledger.ledger.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.missionledger.ledger.LogStoreFixture;
import org.missionledger.ledger.log.LeafEncoding;
import org.missionledger.ledger.log.LogSequencer;
import org.missionledger.ledger.log.TreeStore;
import org.missionledger.ledger.merkle.MerkleTree;
import org.missionledger.ledger.merkle.NodeId;
import org.missionledger.ledger.note.Checkpoint;
import org.missionledger.ledger.note.NoteSignerKey;
import org.missionledger.ledger.note.SignedNote;
import org.missionledger.platform.eventstore.StoredEvent;

/** Signing: only when the tree grew, every checkpoint kept and numbered, never over corrupted nodes. */
class CheckpointSignerTest {

    final LogStoreFixture fixture = new LogStoreFixture();
    final TreeStore tree = new TreeStore(fixture.database);
    final CheckpointStore checkpoints = new CheckpointStore(fixture.database);
    final NoteSignerKey key = NoteSignerKey.fromSeed("missionledger.test/log", new byte[32]);
    final List<StoredEvent> events = new ArrayList<>();
    final LogSequencer sequencer;
    final CheckpointSigner signer;

    CheckpointSignerTest() {
        tree.ensureCollections();
        checkpoints.ensureCollection();
        sequencer = new LogSequencer(
                tree,
                (after, limit) -> events.stream()
                        .filter(e -> e.globalIndex() > after)
                        .limit(limit)
                        .toList(),
                Clock.systemUTC(),
                50);
        signer = new CheckpointSigner(tree, checkpoints, key, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    void record(int count) {
        for (int i = 0; i < count; i++) {
            long index = events.size() + 1;
            events.add(new StoredEvent(
                    index,
                    "e" + index,
                    "MissionAggregate",
                    "m",
                    index - 1,
                    "2025-01-01T00:00:00Z",
                    "x.Reworded",
                    "1",
                    "{\"i\":" + index + "}",
                    "{}"));
        }
        sequencer.appendUpTo(events.size());
    }

    @Test
    void signsOnlyWhenTheTreeGrewAndKeepsEveryCheckpoint() throws Exception {
        assertThat(signer.signIfGrown()).isEmpty();
        record(5);
        StoredCheckpoint first = signer.signIfGrown().orElseThrow();
        assertThat(signer.signIfGrown()).isEmpty();
        record(3);
        StoredCheckpoint second = signer.signIfGrown().orElseThrow();
        record(1);
        StoredCheckpoint third = signer.signIfGrown().orElseThrow();

        assertThat(List.of(first.seq(), second.seq(), third.seq())).containsExactly(1L, 2L, 3L);
        assertThat(List.of(first.size(), second.size(), third.size())).containsExactly(5L, 8L, 9L);
        SignedNote note = SignedNote.parse(second.note());
        assertThat(note.verify(key.verifierKey())).containsExactly(key.verifierKey());
        Checkpoint body = Checkpoint.parse(note.text());
        MerkleTree reference = new MerkleTree();
        events.forEach(e -> reference.appendLeafHash(LeafEncoding.leafHash(e)));
        assertThat(body.origin()).isEqualTo("missionledger.test/log");
        assertThat(body.size()).isEqualTo(8);
        assertThat(body.rootHash()).isEqualTo(reference.root(8));

        // a fresh store instance (another process, a restart) finds the latest by probing, and pages newest first
        CheckpointStore fresh = new CheckpointStore(fixture.database);
        assertThat(fresh.count()).isEqualTo(3);
        assertThat(fresh.latest().orElseThrow().size()).isEqualTo(9);
        assertThat(fresh.newestFirst(3, 2)).extracting(StoredCheckpoint::size).containsExactly(9L, 8L);
        assertThat(fresh.newestFirst(1, 2)).extracting(StoredCheckpoint::size).containsExactly(5L);
        assertThat(fresh.bySize(8).orElseThrow().note()).isEqualTo(second.note());
        assertThat(fresh.bySize(7)).isEmpty();
    }

    @Test
    void findsTheLatestOfManyCheckpointsWithFewReads() {
        for (int i = 0; i < 70; i++) {
            record(1);
            signer.signIfGrown().orElseThrow();
        }
        CheckpointStore fresh = new CheckpointStore(fixture.database);
        int before = fixture.finds();
        assertThat(fresh.count()).isEqualTo(70);
        assertThat(fixture.finds() - before).isLessThanOrEqualTo(2 * 7 + 2);
        before = fixture.finds();
        assertThat(fresh.count()).isEqualTo(70);
        assertThat(fixture.finds() - before).isEqualTo(1);
    }

    @Test
    void refusesToSignWhenTheStoredNodesDisagreeWithTheSequencer() {
        record(4);
        fixture.corruptSubtreeHash(new NodeId(2, 0));
        assertThatThrownBy(signer::signIfGrown).hasMessageContaining("Refusing to sign a checkpoint of size 4");
        assertThat(checkpoints.count()).isZero();
    }

    @Test
    void theSchedulerSignsOnGrowthOfNLeavesNeverPerEvent() throws Exception {
        CheckpointScheduler scheduler = new CheckpointScheduler(signer, Duration.ofHours(1), 10);
        sequencer.onAppended(scheduler::onAppended);
        scheduler.start();
        try {
            for (int i = 0; i < 25; i++) {
                record(1); // 25 appends of one event each
            }
            // growth alone triggers signing (the timer is an hour away): once the signer has caught up, fewer than 10
            // leaves are left unsigned, whatever sizes the signatures landed on under load (so at least 16 of 25)
            awaitSize(16);
            assertThat(checkpoints.count())
                    .as("signatures for 25 single-event appends")
                    .isLessThanOrEqualTo(3);

            scheduler.signNow(); // what the timer does: sign the remainder
            assertThat(checkpoints.latest().orElseThrow().size()).isEqualTo(25);
            long count = checkpoints.count();
            scheduler.signNow();
            assertThat(checkpoints.count()).as("nothing new to sign").isEqualTo(count);
        } finally {
            scheduler.stop();
        }
    }

    @Test
    void aLogWithoutCheckpointsSignsItsFirstOneWhenAppendsPauseAndOnlyThatOne() throws Exception {
        CheckpointScheduler scheduler = new CheckpointScheduler(signer, Duration.ofHours(1), 1000);
        sequencer.onAppended(scheduler::onAppended);
        scheduler.start();
        try {
            for (int i = 0; i < 5; i++) {
                record(1);
            }
            awaitSize(5); // neither the timer (an hour) nor growth (1000 leaves) would have signed it
            assertThat(checkpoints.count()).as("one signature for the burst").isEqualTo(1);

            record(3);
            Thread.sleep(CheckpointScheduler.FIRST_CHECKPOINT_QUIET.toMillis() + 1000);
            assertThat(checkpoints.count())
                    .as("later appends wait for the timer or for growth")
                    .isEqualTo(1);
        } finally {
            scheduler.stop();
        }
    }

    private void awaitSize(long size) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (checkpoints.latest().map(StoredCheckpoint::size).orElse(0L) < size) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no checkpoint of size " + size);
            }
            Thread.sleep(20);
        }
    }
}
