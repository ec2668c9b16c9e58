package org.missionledger.ledger.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.missionledger.ledger.merkle.NodeId;

class NodeKeyTest {

    @Test
    void keysAreTheInOrderPositionsAndRoundTrip() {
        assertThat(NodeKey.of(new NodeId(0, 0))).isZero();
        assertThat(NodeKey.of(new NodeId(1, 0))).isEqualTo(1);
        assertThat(NodeKey.of(new NodeId(0, 1))).isEqualTo(2);
        assertThat(NodeKey.of(new NodeId(2, 0))).isEqualTo(3);
        assertThat(NodeKey.of(new NodeId(1, 1))).isEqualTo(5);
        Set<Long> seen = new HashSet<>();
        for (int level = 0; level <= 12; level++) {
            for (long index = 0; index < (4096 >> level); index++) {
                NodeId node = new NodeId(level, index);
                long key = NodeKey.of(node);
                assertThat(seen.add(key)).as("unique key for %s", node).isTrue();
                assertThat(NodeKey.toNode(key)).isEqualTo(node);
            }
        }
        NodeId last = new NodeId(61, 0);
        assertThat(NodeKey.toNode(NodeKey.of(last))).isEqualTo(last);
        NodeId far = new NodeId(0, (1L << 62) - 1);
        assertThat(NodeKey.toNode(NodeKey.of(far))).isEqualTo(far);
        assertThatThrownBy(() -> NodeKey.of(new NodeId(0, 1L << 62))).isInstanceOf(IllegalArgumentException.class);
    }
}
