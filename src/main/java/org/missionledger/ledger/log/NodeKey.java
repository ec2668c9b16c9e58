package org.missionledger.ledger.log;

import org.missionledger.ledger.merkle.NodeId;

/**
 * The numeric {@code _id} of a stored complete subtree: its position in an in-order walk of the infinite perfect
 * binary tree, {@code key = index * 2^(level+1) + 2^level - 1}. Leaves (level 0) get the even keys {@code 2i}; the
 * subtree at level 1 over leaves 0 and 1 gets key 1; and so on. The key is unique for every (level, index), the level
 * is the number of trailing one bits, and every key of a tree below 2^62 leaves fits in a non-negative {@code long}.
 */
public final class NodeKey {

    private NodeKey() {
    }

    /**
     * Returns the key of a complete subtree.
     *
     * @param node the subtree
     * @return its key
     * @throws IllegalArgumentException if the subtree lies beyond leaf 2^62
     */
    public static long of(NodeId node) {
        int level = node.level();
        long index = node.index();
        if (level > 61 || index >= (1L << (62 - level))) {
            throw new IllegalArgumentException("subtree beyond leaf 2^62 cannot be stored: " + node);
        }
        return (index << (level + 1)) | ((1L << level) - 1);
    }

    /**
     * Returns the subtree a key denotes.
     *
     * @param key a key made by {@link #of(NodeId)}
     * @return the subtree
     */
    public static NodeId toNode(long key) {
        if (key < 0) {
            throw new IllegalArgumentException("node keys are non-negative: " + key);
        }
        int level = Long.numberOfTrailingZeros(~key);
        return new NodeId(level, key >>> (level + 1));
    }
}
