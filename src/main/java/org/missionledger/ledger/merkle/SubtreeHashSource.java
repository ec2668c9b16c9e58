package org.missionledger.ledger.merkle;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * Read access to stored hashes of complete (perfect) subtrees, the only data {@link MerkleProofs} needs to produce
 * roots and proofs for any tree size.
 *
 * <p>Implementations must return exactly the hash of the complete subtree identified by the coordinates and must
 * throw {@link NoSuchElementException} for subtrees they do not hold (for example because not all of its leaves have
 * been appended yet). Returned arrays are not modified by callers in this package.
 *
 * <p>A database-backed implementation should override {@link #hashes(Collection)} with a single batched point
 * lookup (e.g. one MongoDB {@code $in} query); {@link MerkleProofs} calls it exactly once per root or proof.
 */
@FunctionalInterface
public interface SubtreeHashSource {

    /**
     * Returns the hash of the complete subtree at {@code level} covering leaves
     * {@code [index * 2^level, (index + 1) * 2^level)}.
     *
     * @param level subtree height, 0 for leaf hashes
     * @param index subtree position within the level
     * @return the 32-byte hash, never {@code null}
     * @throws NoSuchElementException if the source does not hold that subtree
     */
    byte[] hash(int level, long index);

    /**
     * Returns the hash of the given complete subtree.
     *
     * @param node subtree coordinates
     * @return the 32-byte hash
     * @throws NoSuchElementException if the source does not hold that subtree
     */
    default byte[] hash(NodeId node) {
        return hash(node.level(), node.index());
    }

    /**
     * Returns the hashes of all requested subtrees in one call. The default implementation calls
     * {@link #hash(int, long)} once per node; stores should override it with a single batched read.
     *
     * @param nodes the subtrees to fetch (duplicates allowed)
     * @return a map holding an entry for every requested node
     * @throws NoSuchElementException if any requested subtree is missing
     */
    default Map<NodeId, byte[]> hashes(Collection<NodeId> nodes) {
        Map<NodeId, byte[]> result = new HashMap<>(Math.max(4, nodes.size() * 2));
        for (NodeId node : nodes) {
            result.put(node, hash(node.level(), node.index()));
        }
        return result;
    }

    /**
     * Returns a source backed by a map, e.g. the result of a batched store read or the nodes emitted by
     * {@link MerkleAppender}. The map is used as is, not copied.
     *
     * @param hashes complete-subtree hashes by coordinates
     * @return a source reading from {@code hashes}
     */
    static SubtreeHashSource fromMap(Map<NodeId, byte[]> hashes) {
        Objects.requireNonNull(hashes, "hashes");
        return (level, index) -> {
            byte[] hash = hashes.get(new NodeId(level, index));
            if (hash == null) {
                throw new NoSuchElementException("no hash stored for subtree level=" + level + " index=" + index);
            }
            return hash;
        };
    }
}
