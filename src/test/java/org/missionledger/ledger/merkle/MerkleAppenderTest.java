package org.missionledger.ledger.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MerkleAppenderTest {

    private static List<byte[]> leafHashes(int count) {
        List<byte[]> hashes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            hashes.add(MerkleHashes.leafHash(new byte[] {(byte) i, (byte) (i >>> 8)}));
        }
        return hashes;
    }

    @Test
    void emptyAppenderHasEmptyRootAndNoFrontier() {
        MerkleAppender appender = new MerkleAppender();
        assertThat(appender.size()).isZero();
        assertThat(appender.root()).isEqualTo(MerkleHashes.emptyRoot());
        assertThat(appender.frontier()).isEmpty();
    }

    @Test
    void appendEmitsLeafThenCompletedParentsBottomUp() {
        List<byte[]> leaves = leafHashes(8);
        MerkleAppender appender = new MerkleAppender();
        for (int i = 0; i < 7; i++) {
            appender.append(leaves.get(i));
        }
        List<NodeHash> created = appender.append(leaves.get(7));
        assertThat(created)
                .extracting(NodeHash::id)
                .containsExactly(new NodeId(0, 7), new NodeId(1, 3), new NodeId(2, 1), new NodeId(3, 0));
        assertThat(created.get(0).hash()).isEqualTo(leaves.get(7));
        assertThat(created.get(3).hash()).isEqualTo(appender.root());
        assertThat(appender.frontier()).extracting(NodeHash::id).containsExactly(new NodeId(3, 0));
    }

    @Test
    void appendAllEqualsRepeatedAppend() {
        List<byte[]> leaves = leafHashes(1000);
        MerkleAppender one = new MerkleAppender();
        List<NodeHash> singly = new ArrayList<>();
        leaves.forEach(leaf -> singly.addAll(one.append(leaf)));

        MerkleAppender batch = new MerkleAppender();
        List<NodeHash> batched = new ArrayList<>(batch.appendAll(leaves.subList(0, 333)));
        batched.addAll(batch.appendAll(leaves.subList(333, 1000)));

        assertThat(batched).isEqualTo(singly);
        assertThat(batch.root()).isEqualTo(one.root());
        assertThat(batch.size()).isEqualTo(1000);
    }

    @Test
    void frontierMatchesNodesForRootAndResumesFromFrontierOrSource() {
        List<byte[]> leaves = leafHashes(777);
        Map<NodeId, byte[]> store = new HashMap<>();
        MerkleAppender appender = new MerkleAppender();
        for (int size = 0; size < leaves.size(); size++) {
            List<NodeHash> frontier = appender.frontier();
            assertThat(frontier).extracting(NodeHash::id).containsExactlyElementsOf(MerkleProofs.nodesForRoot(size));
            if (size % 37 == 0) {
                MerkleAppender fromFrontier = MerkleAppender.fromFrontier(
                        size, frontier.stream().map(NodeHash::hash).toList());
                MerkleAppender fromSource = MerkleAppender.fromSource(size, SubtreeHashSource.fromMap(store));
                for (MerkleAppender resumed : List.of(fromFrontier, fromSource)) {
                    assertThat(resumed.size()).isEqualTo(size);
                    assertThat(resumed.root()).isEqualTo(appender.root());
                    List<NodeHash> expected = appender.copy().appendAll(leaves.subList(size, leaves.size()));
                    assertThat(resumed.appendAll(leaves.subList(size, leaves.size())))
                            .isEqualTo(expected);
                }
            }
            appender.append(leaves.get(size)).forEach(node -> store.put(node.id(), node.hash()));
        }
    }

    @Test
    void copyIsIndependent() {
        List<byte[]> leaves = leafHashes(5);
        MerkleAppender appender = new MerkleAppender();
        appender.appendAll(leaves.subList(0, 3));
        MerkleAppender copy = appender.copy();
        appender.appendAll(leaves.subList(3, 5));
        assertThat(copy.size()).isEqualTo(3);
        assertThat(copy.root())
                .isEqualTo(MerkleTree.fromLeafHashes(leaves.subList(0, 3)).root());
    }

    @Test
    void rejectsMalformedInput() {
        MerkleAppender appender = new MerkleAppender();
        assertThatThrownBy(() -> appender.append(new byte[31])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> appender.append(null)).isInstanceOf(NullPointerException.class);
        assertThat(appender.size()).isZero();
        assertThatThrownBy(() -> MerkleAppender.fromFrontier(3, List.of(new byte[32])))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2 frontier subtrees");
        assertThatThrownBy(() -> MerkleAppender.fromFrontier(1, List.of(new byte[33])))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MerkleAppender.fromFrontier(-1, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void emittedHashesAreDefensiveCopies() {
        MerkleAppender appender = new MerkleAppender();
        byte[] leaf = MerkleHashes.leafHash(new byte[0]);
        appender.append(leaf);
        List<NodeHash> created = appender.append(leaf);
        created.get(1).hash()[0] ^= 1;
        leaf[0] ^= 1;
        assertThat(appender.root()).isEqualTo(created.get(1).hash());
    }
}
