package org.missionledger.ledger.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class MerkleTreeTest {

    @Test
    void emptyTree() {
        MerkleTree tree = new MerkleTree();
        assertThat(tree.size()).isZero();
        assertThat(tree.root()).isEqualTo(MerkleHashes.emptyRoot());
        assertThatThrownBy(() -> tree.hash(0, 0)).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void holdsOnlyCompleteSubtreesAndGrowsIncrementally() {
        MerkleTree tree = new MerkleTree();
        List<byte[]> leaves = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            byte[] leaf = ("entry " + i).getBytes();
            leaves.add(MerkleHashes.leafHash(leaf));
            assertThat(tree.appendLeaf(leaf)).isEqualTo(i);
            assertThat(tree.root()).isEqualTo(NaiveRfc9162.mth(leaves, 0, i + 1));
        }
        assertThat(tree.contains(2, 74)).isTrue();
        assertThat(tree.contains(2, 75)).isFalse();
        assertThat(tree.contains(8, 0)).isTrue();
        assertThat(tree.contains(8, 1)).isFalse();
        assertThat(tree.hash(8, 0)).isEqualTo(NaiveRfc9162.mth(leaves, 0, 256));
        assertThatThrownBy(() -> tree.hash(2, 75)).isInstanceOf(NoSuchElementException.class);
        assertThat(tree.leafHash(299)).isEqualTo(leaves.get(299));
        for (int size = 0; size <= 300; size++) {
            assertThat(tree.root(size)).isEqualTo(NaiveRfc9162.mth(leaves, 0, size));
        }
        assertThatThrownBy(() -> tree.root(301)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tree.inclusionProof(0, 301)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fromLeafHashesEqualsFromLeaves() {
        List<byte[]> leaves = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            leaves.add(ByteBuffer.allocate(4).putInt(i).array());
        }
        MerkleTree a = MerkleTree.fromLeaves(leaves);
        MerkleTree b = MerkleTree.fromLeafHashes(
                leaves.stream().map(MerkleHashes::leafHash).toList());
        assertThat(a.root()).isEqualTo(b.root());
        assertThat(a.size()).isEqualTo(100);
    }

    @Test
    void returnedHashesAreCopies() {
        MerkleTree tree = MerkleTree.fromLeaves(List.of(new byte[] {1}, new byte[] {2}));
        byte[] root = tree.root();
        tree.hash(1, 0)[0] ^= 1;
        tree.root()[0] ^= 1;
        assertThat(tree.root()).isEqualTo(root);
    }
}
