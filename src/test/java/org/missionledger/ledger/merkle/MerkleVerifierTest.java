package org.missionledger.ledger.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class MerkleVerifierTest {

    private static final MerkleTree TREE = MerkleTree.fromLeaves(
            List.of(new byte[] {0}, new byte[] {1}, new byte[] {2}, new byte[] {3}, new byte[] {4}));

    /**
     * A tree of up to 2^63-1 identical leaves: every complete subtree at a level has the same hash, so a source can
     * serve arbitrarily large trees consistently and the 64-bit arithmetic can be exercised end to end.
     */
    private static final class UniformTree implements SubtreeHashSource {
        private final byte[][] levels = new byte[NodeId.MAX_LEVEL + 1][];

        UniformTree() {
            levels[0] = MerkleHashes.leafHash("same".getBytes());
            for (int level = 1; level < levels.length; level++) {
                levels[level] = MerkleHashes.nodeHash(levels[level - 1], levels[level - 1]);
            }
        }

        @Override
        public byte[] hash(int level, long index) {
            return levels[level];
        }
    }

    @Test
    void hugeTreesVerifyWithoutOverflow() throws Exception {
        UniformTree tree = new UniformTree();
        long[] sizes = {
            Long.MAX_VALUE, Long.MAX_VALUE - 1, 1L << 62, (1L << 62) + 1, 0x5555_5555_5555_5555L, (1L << 40) + 12345
        };
        for (long size : sizes) {
            byte[] root = MerkleProofs.root(size, tree);
            for (long index : new long[] {0, 1, size / 2, size - 2, size - 1}) {
                List<byte[]> proof = MerkleProofs.inclusionProof(index, size, tree);
                assertThat(proof.size()).isLessThanOrEqualTo(2 * 63);
                MerkleVerifier.verifyInclusion(index, size, tree.hash(0, 0), proof, root);
                assertThat(proof).hasSize(MerkleVerifier.inclusionProofLength(index, size));
            }
            for (long m : new long[] {1, 2, 3, size / 3, size - 1, size}) {
                List<byte[]> proof = MerkleProofs.consistencyProof(m, size, tree);
                MerkleVerifier.verifyConsistency(m, size, proof, MerkleProofs.root(m, tree), root);
            }
        }
    }

    @Test
    void indexAndSizeAreUnsigned() {
        byte[] leaf = TREE.leafHash(0);
        assertThatThrownBy(() -> MerkleVerifier.verifyInclusion(-1L, 5, leaf, List.of(), TREE.root()))
                .isInstanceOf(ProofVerificationException.class)
                .hasMessageContaining("18446744073709551615")
                .extracting(e -> ((ProofVerificationException) e).reason())
                .isEqualTo(ProofVerificationException.Reason.INDEX_OUT_OF_RANGE);
        // A size of 2^64-1 is a legal unsigned size: the proof is merely the wrong length.
        assertThatThrownBy(() -> MerkleVerifier.verifyInclusion(0, -1L, leaf, List.of(), TREE.root()))
                .extracting(e -> ((ProofVerificationException) e).reason())
                .isEqualTo(ProofVerificationException.Reason.WRONG_PROOF_LENGTH);
        assertThatThrownBy(() -> MerkleVerifier.verifyConsistency(-1L, 5, List.of(), TREE.root(), TREE.root()))
                .extracting(e -> ((ProofVerificationException) e).reason())
                .isEqualTo(ProofVerificationException.Reason.INVALID_TREE_SIZES);
    }

    @Test
    void reasonsAreSpecific() {
        byte[] root = TREE.root();
        byte[] leaf = TREE.leafHash(1);
        List<byte[]> proof = TREE.inclusionProof(1, 5);
        assertReason(
                () -> MerkleVerifier.verifyInclusion(1, 5, Arrays.copyOf(leaf, 31), proof, root),
                ProofVerificationException.Reason.MALFORMED_HASH);
        assertReason(
                () -> MerkleVerifier.verifyInclusion(1, 5, leaf, proof, Arrays.copyOf(root, 33)),
                ProofVerificationException.Reason.MALFORMED_HASH);
        List<byte[]> withNull = new ArrayList<>(proof);
        withNull.set(1, null);
        assertReason(
                () -> MerkleVerifier.verifyInclusion(1, 5, leaf, withNull, root),
                ProofVerificationException.Reason.MALFORMED_HASH);
        assertReason(
                () -> MerkleVerifier.verifyInclusion(1, 5, leaf, proof.subList(0, 2), root),
                ProofVerificationException.Reason.WRONG_PROOF_LENGTH);
        assertReason(
                () -> MerkleVerifier.verifyInclusion(1, 5, leaf, proof, TREE.root(4)),
                ProofVerificationException.Reason.ROOT_MISMATCH);
        assertReason(
                () -> MerkleVerifier.verifyConsistency(0, 0, List.of(), root, root),
                ProofVerificationException.Reason.INVALID_TREE_SIZES);
        assertReason(
                () -> MerkleVerifier.verifyConsistency(3, 3, List.of(root), root, root),
                ProofVerificationException.Reason.WRONG_PROOF_LENGTH);
        assertReason(
                () -> MerkleVerifier.verifyConsistency(3, 5, Collections.emptyList(), TREE.root(3), root),
                ProofVerificationException.Reason.WRONG_PROOF_LENGTH);
        assertReason(
                () -> MerkleVerifier.verifyConsistency(3, 5, TREE.consistencyProof(3, 5), TREE.root(2), root),
                ProofVerificationException.Reason.ROOT_MISMATCH);
    }

    @Test
    void equalSizesCompareRootsOnly() {
        assertThatCode(() -> MerkleVerifier.verifyConsistency(5, 5, List.of(), TREE.root(), TREE.root()))
                .doesNotThrowAnyException();
        assertReason(
                () -> MerkleVerifier.verifyConsistency(5, 5, List.of(), TREE.root(), TREE.root(4)),
                ProofVerificationException.Reason.ROOT_MISMATCH);
        assertReason(
                () -> MerkleVerifier.verifyConsistency(5, 5, List.of(), null, TREE.root()),
                ProofVerificationException.Reason.MALFORMED_HASH);
    }

    @Test
    void generatorRejectsInvalidArguments() {
        assertThatThrownBy(() -> MerkleProofs.inclusionProof(5, 5, TREE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MerkleProofs.nodesForInclusion(-1, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MerkleProofs.consistencyProof(0, 5, TREE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MerkleProofs.nodesForConsistency(6, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MerkleProofs.nodesForRoot(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(MerkleProofs.nodesForConsistency(5, 5)).isEmpty();
        assertThat(MerkleProofs.consistencyProof(5, 5, TREE)).isEmpty();
        assertThat(MerkleProofs.nodesForRoot(0)).isEmpty();
        assertThat(MerkleProofs.root(0, TREE)).isEqualTo(MerkleHashes.emptyRoot());
    }

    @Test
    void nodesForRootIsTheBinaryDecomposition() {
        assertThat(MerkleProofs.nodesForRoot(13))
                .containsExactly(new NodeId(3, 0), new NodeId(2, 2), new NodeId(0, 12));
        assertThat(MerkleProofs.nodesForInclusion(5, 13)) // siblings: leaf 4, [6,8), [0,4), ephemeral [8,13)
                .containsExactly(
                        new NodeId(0, 4), new NodeId(1, 3), new NodeId(2, 0), new NodeId(2, 2), new NodeId(0, 12));
    }

    @Test
    void brokenSourceIsReported() {
        SubtreeHashSource shortHashes = (level, index) -> new byte[5];
        assertThatThrownBy(() -> MerkleProofs.root(3, shortHashes))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("5-byte");
        SubtreeHashSource empty = new SubtreeHashSource() {
            @Override
            public byte[] hash(int level, long index) {
                throw new AssertionError();
            }

            @Override
            public java.util.Map<NodeId, byte[]> hashes(java.util.Collection<NodeId> nodes) {
                return java.util.Map.of();
            }
        };
        assertThatThrownBy(() -> MerkleProofs.inclusionProof(0, 3, empty))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no hash");
    }

    private interface Verification {
        void run() throws ProofVerificationException;
    }

    private static void assertReason(Verification verification, ProofVerificationException.Reason reason) {
        assertThatThrownBy(verification::run)
                .isInstanceOf(ProofVerificationException.class)
                .extracting(e -> ((ProofVerificationException) e).reason())
                .isEqualTo(reason);
    }
}
