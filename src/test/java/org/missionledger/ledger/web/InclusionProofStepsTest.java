package org.missionledger.ledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionledger.ledger.merkle.MerkleHashes;
import org.missionledger.ledger.merkle.MerkleProofs;
import org.missionledger.ledger.merkle.MerkleTree;

/** The proof page's step-by-step working ends at the tree's root, for every leaf of trees of many shapes. */
class InclusionProofStepsTest {

    @Test
    void everyWorkedProofEndsAtTheRootAndEachStepIsTheNodeHashOfItsTwoSides() {
        HexFormat hex = HexFormat.of();
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
                List<InclusionProofView.Step> steps = InclusionProofPages.steps(index, size, leafHash, proof);

                assertThat(steps).hasSize(proof.size());
                byte[] soFar = leafHash;
                for (InclusionProofView.Step step : steps) {
                    byte[] sibling = hex.parseHex(step.sibling());
                    byte[] expected = step.siblingOnLeft()
                            ? MerkleHashes.nodeHash(sibling, soFar)
                            : MerkleHashes.nodeHash(soFar, sibling);
                    assertThat(step.result()).isEqualTo(hex.formatHex(expected));
                    soFar = expected;
                }
                assertThat(hex.formatHex(soFar))
                        .as("leaf %d of %d", index, size)
                        .isEqualTo(hex.formatHex(root));
            }
        }
    }
}
