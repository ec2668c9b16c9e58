package org.missionledger.ledger.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import org.missionledger.ledger.LogStoreFixture;
import org.missionledger.ledger.merkle.MerkleTree;
import org.missionledger.ledger.merkle.MerkleVerifier;
import org.missionledger.platform.eventstore.StoredEvent;

/**
 * The Mongo-backed tree, filled by the sequencer in random batches, serves the same roots and proofs as the in-memory
 * {@link MerkleTree}; they verify with {@link MerkleVerifier}; and each proof with its roots costs exactly one read.
 */
class TreeStorePropertyTest {

    private static final LogStoreFixture FIXTURE = new LogStoreFixture();

    @AfterContainer
    static void close() {
        FIXTURE.close();
    }

    @Property(tries = 25)
    void storedTreeServesTheReferenceRootsAndProofs(
            @ForAll @IntRange(min = 1, max = 600) int size,
            @ForAll @IntRange(min = 1, max = 97) int batch,
            @ForAll long seed)
            throws Exception {
        LogCollections collections = new LogCollections("l" + seed, "s" + seed, "c" + seed);
        TreeStore store = new TreeStore(FIXTURE.database, collections);
        store.ensureCollections();
        List<StoredEvent> events = new ArrayList<>();
        long globalIndex = 0;
        Random random = new Random(seed);
        for (int i = 0; i < size; i++) {
            globalIndex += 1 + (random.nextInt(10) == 0 ? random.nextInt(3) : 0); // some tombstones in between
            events.add(LogSequencerTest.event(globalIndex, "agg-" + (i % 7), i / 7));
        }
        LogSequencer sequencer = new LogSequencer(store, LogSequencerTest.reader(events), Clock.systemUTC(), batch);
        long delivered = 0;
        while (delivered < globalIndex) {
            delivered = Math.min(globalIndex, delivered + 1 + random.nextInt(2 * batch));
            sequencer.appendUpTo(delivered);
        }
        MerkleTree reference = new MerkleTree();
        events.forEach(e -> reference.appendLeafHash(LeafEncoding.leafHash(e)));
        assertThat(store.state().size()).isEqualTo(size);
        assertThat(store.state().root()).isEqualTo(reference.root());

        LogProofs proofs = new LogProofs(store);
        for (int probe = 0; probe < 8; probe++) {
            long treeSize = 1 + random.nextInt(size);
            long index = random.nextInt((int) treeSize);
            StoredLeaf leaf =
                    store.leafByEventId(events.get((int) index).eventId()).orElseThrow();
            assertThat(leaf.leafIndex()).isEqualTo(index);
            int before = FIXTURE.finds();
            LogProofs.Inclusion inclusion = proofs.inclusion(leaf, treeSize);
            assertThat(FIXTURE.finds() - before).as("reads per inclusion proof").isEqualTo(1);
            assertThat(inclusion.root()).isEqualTo(reference.root(treeSize));
            assertThat(inclusion.proof()).containsExactlyElementsOf(reference.inclusionProof(index, treeSize));
            MerkleVerifier.verifyInclusion(index, treeSize, leaf.leafHash(), inclusion.proof(), inclusion.root());

            long from = 1 + random.nextInt((int) treeSize);
            before = FIXTURE.finds();
            LogProofs.Consistency consistency = proofs.consistency(from, treeSize);
            assertThat(FIXTURE.finds() - before)
                    .as("reads per consistency proof")
                    .isEqualTo(1);
            assertThat(consistency.proof()).containsExactlyElementsOf(reference.consistencyProof(from, treeSize));
            MerkleVerifier.verifyConsistency(
                    from, treeSize, consistency.proof(), reference.root(from), reference.root(treeSize));
        }
        FIXTURE.database.getCollection(collections.leaves()).drop();
        FIXTURE.database.getCollection(collections.state()).drop();
    }
}
