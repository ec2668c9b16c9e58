package org.missionledger.ledger.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NodeIdTest {

    @Test
    void coverage() {
        NodeId node = new NodeId(3, 5);
        assertThat(node.firstLeaf()).isEqualTo(40);
        assertThat(node.endLeaf()).isEqualTo(48);
        assertThat(node.leafCount()).isEqualTo(8);
        assertThat(node.parent()).isEqualTo(new NodeId(4, 2));
        assertThat(node.sibling()).isEqualTo(new NodeId(3, 4));
        assertThat(new NodeId(62, 0).endLeaf()).isEqualTo(1L << 62);
        assertThat(new NodeId(0, Long.MAX_VALUE - 1).endLeaf()).isEqualTo(Long.MAX_VALUE);
        assertThat(new NodeId(1, 0)).isGreaterThan(new NodeId(0, 99));
    }

    @Test
    void rejectsOutOfRange() {
        assertThatThrownBy(() -> new NodeId(-1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NodeId(63, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NodeId(0, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NodeId(0, Long.MAX_VALUE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NodeId(62, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
