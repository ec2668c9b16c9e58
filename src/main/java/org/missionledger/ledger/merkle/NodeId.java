package org.missionledger.ledger.merkle;

/**
 * Identifies a complete (perfect) subtree of a Merkle tree: the subtree at {@code level} with the given
 * {@code index} covers the leaves {@code [index * 2^level, (index + 1) * 2^level)}. Level 0 nodes are the leaf
 * hashes themselves.
 *
 * <p>Complete subtrees never change once all their leaves exist, which is what makes them storable: every root and
 * proof of an append-only tree can be computed from them.
 *
 * @param level the height of the subtree, {@code 0 <= level <= 62}
 * @param index the position of the subtree among the subtrees of that level, counted from the left
 */
public record NodeId(int level, long index) implements Comparable<NodeId> {

    /** Largest supported level: sizes are non-negative {@code long}s, so complete subtrees hold at most 2^62 leaves. */
    public static final int MAX_LEVEL = 62;

    /**
     * Validates the coordinates.
     *
     * @throws IllegalArgumentException if the level is out of range or the covered leaves would not fit in a
     *     non-negative {@code long}
     */
    public NodeId {
        if (level < 0 || level > MAX_LEVEL) {
            throw new IllegalArgumentException("level must be in [0, " + MAX_LEVEL + "]: " + level);
        }
        if (index < 0 || index >= (Long.MAX_VALUE >>> level)) {
            throw new IllegalArgumentException("index out of range for level " + level + ": " + index);
        }
    }

    /** Returns the first leaf index covered by this subtree (inclusive). */
    public long firstLeaf() {
        return index << level;
    }

    /** Returns the leaf index just past this subtree (exclusive). */
    public long endLeaf() {
        return (index + 1) << level;
    }

    /** Returns the number of leaves covered, {@code 2^level}. */
    public long leafCount() {
        return 1L << level;
    }

    /** Returns the parent subtree, one level up. */
    public NodeId parent() {
        return new NodeId(level + 1, index >>> 1);
    }

    /** Returns the sibling subtree at the same level. */
    public NodeId sibling() {
        return new NodeId(level, index ^ 1);
    }

    /** Orders by level, then by index. */
    @Override
    public int compareTo(NodeId other) {
        int byLevel = Integer.compare(level, other.level);
        return byLevel != 0 ? byLevel : Long.compare(index, other.index);
    }
}
