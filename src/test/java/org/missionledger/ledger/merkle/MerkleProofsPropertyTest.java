package org.missionledger.ledger.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.missionledger.ledger.merkle.Vectors.hexStrings;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Property tests: proofs from {@link MerkleProofs} over an appender-built store equal the naive recursive RFC 9162
 * reference, verify with {@link MerkleVerifier}, and break when tampered with.
 */
class MerkleProofsPropertyTest {

    private static final int MAX_SIZE = 3000;

    /** Leaf hashes of leaves "leaf-0", "leaf-1", ... */
    private static final List<byte[]> LEAF_HASHES = new ArrayList<>();

    /** Every complete subtree emitted by MerkleAppender while appending all MAX_SIZE leaves. */
    private static final Map<NodeId, byte[]> STORE = new HashMap<>();

    /** Appender root after each size: APPENDER_ROOTS.get(s) is the root of the first s leaves. */
    private static final List<byte[]> APPENDER_ROOTS = new ArrayList<>();

    static {
        MerkleAppender appender = new MerkleAppender();
        APPENDER_ROOTS.add(appender.root());
        for (int i = 0; i < MAX_SIZE; i++) {
            byte[] leafHash = MerkleHashes.leafHash(("leaf-" + i).getBytes());
            LEAF_HASHES.add(leafHash);
            for (NodeHash node : appender.append(leafHash)) {
                assertThat(STORE.put(node.id(), node.hash()))
                        .as("node emitted twice: %s", node.id())
                        .isNull();
            }
            APPENDER_ROOTS.add(appender.root());
        }
    }

    private static final SubtreeHashSource SOURCE = SubtreeHashSource.fromMap(STORE);

    @Property(tries = 400)
    void inclusionProofsMatchReferenceAndVerify(
            @ForAll @IntRange(min = 1, max = MAX_SIZE) int size,
            @ForAll @IntRange(min = 0, max = Integer.MAX_VALUE) int seed)
            throws Exception {
        int index = seed % size;
        List<byte[]> proof = MerkleProofs.inclusionProof(index, size, SOURCE);
        assertThat(hexStrings(proof))
                .containsExactlyElementsOf(hexStrings(NaiveRfc9162.path(index, LEAF_HASHES, 0, size)));
        byte[] root = NaiveRfc9162.mth(LEAF_HASHES, 0, size);
        assertThat(MerkleProofs.root(size, SOURCE)).isEqualTo(root);
        MerkleVerifier.verifyInclusion(index, size, LEAF_HASHES.get(index), proof, root);
        assertThat(MerkleVerifier.rootFromInclusionProof(index, size, LEAF_HASHES.get(index), proof))
                .isEqualTo(root);
        assertThat(proof).hasSize(MerkleVerifier.inclusionProofLength(index, size));
    }

    @Property(tries = 400)
    void consistencyProofsMatchReferenceAndVerify(
            @ForAll @IntRange(min = 1, max = MAX_SIZE) int n,
            @ForAll @IntRange(min = 0, max = Integer.MAX_VALUE) int seed)
            throws Exception {
        int m = 1 + seed % n;
        List<byte[]> proof = MerkleProofs.consistencyProof(m, n, SOURCE);
        assertThat(hexStrings(proof)).containsExactlyElementsOf(hexStrings(NaiveRfc9162.proof(m, LEAF_HASHES, n)));
        MerkleVerifier.verifyConsistency(m, n, proof, APPENDER_ROOTS.get(m), APPENDER_ROOTS.get(n));
        if (m < n) {
            assertThat(proof).hasSize(MerkleVerifier.consistencyProofLength(m, n));
        }
    }

    @Property(tries = 300)
    void tamperedInclusionProofsAreRejected(
            @ForAll @IntRange(min = 2, max = MAX_SIZE) int size,
            @ForAll @IntRange(min = 0, max = Integer.MAX_VALUE) int seed) {
        int index = seed % size;
        List<byte[]> proof = MerkleProofs.inclusionProof(index, size, SOURCE);
        byte[] root = APPENDER_ROOTS.get(size);
        byte[] leaf = LEAF_HASHES.get(index);
        List<byte[]> flipped = copy(proof);
        int victim = (seed / size) % flipped.size();
        flipped.get(victim)[(seed >>> 3) % 32] ^= (byte) (1 << (seed & 7));
        assertRejected(() -> MerkleVerifier.verifyInclusion(index, size, leaf, flipped, root));
        assertRejected(() -> MerkleVerifier.verifyInclusion((index + 1) % size, size, leaf, proof, root));
        assertRejected(
                () -> MerkleVerifier.verifyInclusion(index, size, LEAF_HASHES.get((index + 1) % size), proof, root));
        assertRejected(
                () -> MerkleVerifier.verifyInclusion(index, size, leaf, proof.subList(0, proof.size() - 1), root));
        List<byte[]> extended = copy(proof);
        extended.add(root);
        assertRejected(() -> MerkleVerifier.verifyInclusion(index, size, leaf, extended, root));
        assertRejected(() -> MerkleVerifier.verifyInclusion(index, size, leaf, proof, APPENDER_ROOTS.get(size - 1)));
    }

    @Property(tries = 300)
    void tamperedConsistencyProofsAreRejected(
            @ForAll @IntRange(min = 2, max = MAX_SIZE) int n,
            @ForAll @IntRange(min = 0, max = Integer.MAX_VALUE) int seed) {
        int m = 1 + seed % (n - 1); // m < n, so the proof is non-empty
        List<byte[]> proof = MerkleProofs.consistencyProof(m, n, SOURCE);
        byte[] root1 = APPENDER_ROOTS.get(m);
        byte[] root2 = APPENDER_ROOTS.get(n);
        List<byte[]> flipped = copy(proof);
        int victim = (seed / n) % flipped.size();
        flipped.get(victim)[(seed >>> 3) % 32] ^= (byte) (1 << (seed & 7));
        assertRejected(() -> MerkleVerifier.verifyConsistency(m, n, flipped, root1, root2));
        assertRejected(() -> MerkleVerifier.verifyConsistency(m, n, proof, root2, root1));
        assertRejected(() -> MerkleVerifier.verifyConsistency(m, n, proof.subList(1, proof.size()), root1, root2));
        if (m > 1) {
            assertRejected(() -> MerkleVerifier.verifyConsistency(m - 1, n, proof, APPENDER_ROOTS.get(m - 1), root2));
        }
        assertRejected(() -> MerkleVerifier.verifyConsistency(m, n, proof, root1, APPENDER_ROOTS.get(n - 1)));
    }

    @Example
    void appenderRootEqualsNaiveRootForEverySize() {
        for (int size = 0; size <= 2100; size++) {
            assertThat(APPENDER_ROOTS.get(size)).as("size %d", size).isEqualTo(NaiveRfc9162.mth(LEAF_HASHES, 0, size));
        }
    }

    @Example
    void storeHoldsExactlyTheCompleteSubtrees() {
        int expected = 0;
        for (int level = 0; (MAX_SIZE >>> level) > 0; level++) {
            int count = MAX_SIZE >>> level;
            expected += count;
            for (int index = 0; index < count; index++) {
                int from = index << level;
                assertThat(STORE.get(new NodeId(level, index)))
                        .isEqualTo(NaiveRfc9162.mth(LEAF_HASHES, from, from + (1 << level)));
            }
        }
        assertThat(STORE).hasSize(expected);
    }

    @Property(tries = 200)
    void merkleTreeAgreesWithAppenderStore(
            @ForAll @IntRange(min = 1, max = MAX_SIZE) int size,
            @ForAll @IntRange(min = 0, max = Integer.MAX_VALUE) int seed) {
        MerkleTree tree = MerkleTree.fromLeafHashes(LEAF_HASHES.subList(0, size));
        int index = seed % size;
        int m = 1 + seed % size;
        assertThat(tree.root()).isEqualTo(APPENDER_ROOTS.get(size));
        assertThat(tree.root(m)).isEqualTo(APPENDER_ROOTS.get(m));
        assertThat(hexStrings(tree.inclusionProof(index, size)))
                .containsExactlyElementsOf(hexStrings(MerkleProofs.inclusionProof(index, size, SOURCE)));
        assertThat(hexStrings(tree.consistencyProof(m, size)))
                .containsExactlyElementsOf(hexStrings(MerkleProofs.consistencyProof(m, size, SOURCE)));
    }

    @Property(tries = 200)
    void proofsReadExactlyTheAnnouncedNodesInOneBatch(
            @ForAll @IntRange(min = 1, max = MAX_SIZE) int size,
            @ForAll @IntRange(min = 0, max = Integer.MAX_VALUE) int seed) {
        int index = seed % size;
        int m = 1 + seed % size;
        CountingSource counting = new CountingSource();

        MerkleProofs.inclusionProof(index, size, counting);
        assertThat(counting.batches).isEqualTo(oneBatchUnlessEmpty(MerkleProofs.nodesForInclusion(index, size)));

        counting.batches.clear();
        MerkleProofs.consistencyProof(m, size, counting);
        assertThat(counting.batches).isEqualTo(oneBatchUnlessEmpty(MerkleProofs.nodesForConsistency(m, size)));

        counting.batches.clear();
        MerkleProofs.root(size, counting);
        assertThat(counting.batches).isEqualTo(oneBatchUnlessEmpty(MerkleProofs.nodesForRoot(size)));

        int log = 64 - Long.numberOfLeadingZeros(size);
        assertThat(MerkleProofs.nodesForInclusion(index, size))
                .hasSizeLessThanOrEqualTo(2 * log)
                .doesNotHaveDuplicates();
        assertThat(MerkleProofs.nodesForConsistency(m, size))
                .hasSizeLessThanOrEqualTo(2 * log + 1)
                .doesNotHaveDuplicates();
    }

    private static List<List<NodeId>> oneBatchUnlessEmpty(List<NodeId> nodes) {
        return nodes.isEmpty() ? List.of() : List.of(nodes);
    }

    /** Records each batched read; single reads are forbidden. */
    private static final class CountingSource implements SubtreeHashSource {
        final List<List<NodeId>> batches = new ArrayList<>();

        @Override
        public byte[] hash(int level, long index) {
            throw new AssertionError("single read of " + new NodeId(level, index));
        }

        @Override
        public Map<NodeId, byte[]> hashes(Collection<NodeId> nodes) {
            batches.add(List.copyOf(nodes));
            Map<NodeId, byte[]> result = new HashMap<>();
            for (NodeId node : nodes) {
                result.put(node, STORE.get(node));
            }
            return result;
        }
    }

    private static List<byte[]> copy(List<byte[]> proof) {
        List<byte[]> copy = new ArrayList<>();
        proof.forEach(hash -> copy.add(hash.clone()));
        return copy;
    }

    private interface Verification {
        void run() throws ProofVerificationException;
    }

    private static void assertRejected(Verification verification) {
        assertThatThrownBy(verification::run).isInstanceOf(ProofVerificationException.class);
    }
}
