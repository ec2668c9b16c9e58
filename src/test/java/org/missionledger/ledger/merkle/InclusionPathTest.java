package org.missionledger.ledger.merkle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The worked inclusion path (what the proof page shows) ends at the tree's root for every leaf of trees of many shapes,
 * and each step is the node hash of its two sides.
 */
class InclusionPathTest {

    @Test
    void everyWorkedProofEndsAtTheRootAndEachStepIsTheNodeHashOfItsTwoSides() throws Exception {
        for (int size = 1; size <= 40; size++) {
            List<byte[]> leaves = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                leaves.add(("leaf " + i).getBytes(StandardCharsets.UTF_8));
            }
            MerkleTree tree = MerkleTree.fromLeaves(leaves);
            byte[] root = MerkleProofs.root(size, tree);
            for (int index = 0; index < size; index++) {
                byte[] leafHash = MerkleHashes.leafHash(leaves.get(index));
                List<byte[]> proof = MerkleProofs.inclusionProof(index, size, tree);
                List<MerkleVerifier.InclusionStep> steps = MerkleVerifier.inclusionPath(index, size, leafHash, proof);

                assertThat(steps).hasSize(proof.size());
                byte[] soFar = leafHash;
                for (int i = 0; i < steps.size(); i++) {
                    MerkleVerifier.InclusionStep step = steps.get(i);
                    assertThat(step.sibling()).isEqualTo(proof.get(i));
                    byte[] expected = step.siblingOnLeft()
                            ? MerkleHashes.nodeHash(step.sibling(), soFar)
                            : MerkleHashes.nodeHash(soFar, step.sibling());
                    assertThat(step.result()).isEqualTo(expected);
                    soFar = expected;
                }
                assertThat(soFar).as("leaf %d of %d", index, size).isEqualTo(root);
                assertThat(MerkleVerifier.rootFromInclusionProof(index, size, leafHash, proof))
                        .isEqualTo(root);
            }
        }
    }
}
