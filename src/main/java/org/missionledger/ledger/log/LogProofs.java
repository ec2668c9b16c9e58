package org.missionledger.ledger.log;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.missionledger.ledger.merkle.MerkleProofs;
import org.missionledger.ledger.merkle.NodeId;
import org.missionledger.ledger.merkle.SubtreeHashSource;

/**
 * Roots and proofs over the stored tree. Each proof, together with the root(s) it proves against, costs exactly ONE
 * store read: the union of the subtrees it needs is fetched with one {@code _id $in} query.
 */
public class LogProofs {

    /**
     * An inclusion proof.
     *
     * @param leaf the leaf proven
     * @param treeSize the size of the tree it is proven in
     * @param root that tree's root
     * @param proof the RFC 9162 audit path, leaf's sibling first
     */
    public record Inclusion(StoredLeaf leaf, long treeSize, byte[] root, List<byte[]> proof) {}

    /**
     * A consistency proof.
     *
     * @param from the older tree size
     * @param to the newer tree size
     * @param fromRoot the older root
     * @param toRoot the newer root
     * @param proof the RFC 9162 consistency proof (empty when the sizes are equal)
     */
    public record Consistency(long from, long to, byte[] fromRoot, byte[] toRoot, List<byte[]> proof) {}

    private final TreeStore tree;

    public LogProofs(TreeStore tree) {
        this.tree = Objects.requireNonNull(tree, "tree");
    }

    /** Returns the root of the tree of the given size (one read; no read for size 0). */
    public byte[] root(long size) {
        return MerkleProofs.root(size, tree);
    }

    /**
     * Proves that a leaf is in the tree of the given size.
     *
     * @param leaf a stored leaf
     * @param treeSize a size with {@code leaf.leafIndex() < treeSize <= } the committed size
     */
    public Inclusion inclusion(StoredLeaf leaf, long treeSize) {
        List<NodeId> nodes = new ArrayList<>(MerkleProofs.nodesForInclusion(leaf.leafIndex(), treeSize));
        nodes.addAll(MerkleProofs.nodesForRoot(treeSize));
        SubtreeHashSource fetched = SubtreeHashSource.fromMap(tree.hashes(nodes));
        return new Inclusion(
                leaf,
                treeSize,
                MerkleProofs.root(treeSize, fetched),
                MerkleProofs.inclusionProof(leaf.leafIndex(), treeSize, fetched));
    }

    /**
     * Proves that the tree of size {@code from} is a prefix of the tree of size {@code to}.
     *
     * @param from older size, {@code 1 <= from <= to}
     * @param to newer size, at most the committed size
     */
    public Consistency consistency(long from, long to) {
        List<NodeId> nodes = new ArrayList<>(MerkleProofs.nodesForConsistency(from, to));
        nodes.addAll(MerkleProofs.nodesForRoot(from));
        nodes.addAll(MerkleProofs.nodesForRoot(to));
        Map<NodeId, byte[]> hashes = tree.hashes(nodes);
        SubtreeHashSource fetched = SubtreeHashSource.fromMap(hashes);
        return new Consistency(
                from,
                to,
                MerkleProofs.root(from, fetched),
                MerkleProofs.root(to, fetched),
                MerkleProofs.consistencyProof(from, to, fetched));
    }
}
