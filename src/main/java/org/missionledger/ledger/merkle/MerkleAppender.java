package org.missionledger.ledger.merkle;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Appends leaves to an RFC 9162 tree while holding only its <em>right frontier</em>: the roots of the complete
 * subtrees that make up the current tree (one per set bit of the size, at most 63).
 *
 * <p>Each append returns the complete subtrees that came into existence, always including the new leaf at level 0,
 * so a store can persist them and later serve any root or proof through {@link SubtreeHashSource}. Appending a
 * leaf costs on average one node hash (at most 62) and emits on average two nodes.
 *
 * <p>Not thread-safe; use one instance per writer.
 */
public final class MerkleAppender {

    private static final int LEVELS = NodeId.MAX_LEVEL + 1;

    /** frontier[level] is the hash of the complete subtree at that level iff bit {@code level} of size is set. */
    private final byte[][] frontier = new byte[LEVELS][];

    private long size;
    private final MerkleHashes.Hasher hasher = new MerkleHashes.Hasher();

    /** Creates an appender for the empty tree. */
    public MerkleAppender() {}

    /**
     * Resumes appending to an existing tree.
     *
     * @param size the current tree size
     * @param frontier the hashes of {@link MerkleProofs#nodesForRoot(long) nodesForRoot(size)}, in that order
     *     (left to right, largest subtree first)
     * @return an appender positioned at {@code size}
     * @throws IllegalArgumentException if the frontier does not have exactly one 32-byte hash per set bit of size
     */
    public static MerkleAppender fromFrontier(long size, List<byte[]> frontier) {
        Objects.requireNonNull(frontier, "frontier");
        List<NodeId> nodes = MerkleProofs.nodesForRoot(size);
        if (frontier.size() != nodes.size()) {
            throw new IllegalArgumentException("tree of size " + size + " has " + nodes.size()
                    + " frontier subtrees, got " + frontier.size() + " hashes");
        }
        MerkleAppender appender = new MerkleAppender();
        for (int i = 0; i < nodes.size(); i++) {
            byte[] hash = Objects.requireNonNull(frontier.get(i), "frontier hash");
            if (hash.length != MerkleHashes.HASH_LENGTH) {
                throw new IllegalArgumentException("frontier hash " + i + " is not 32 bytes: " + hash.length);
            }
            appender.frontier[nodes.get(i).level()] = hash.clone();
        }
        appender.size = size;
        return appender;
    }

    /**
     * Resumes appending to a stored tree, loading its frontier with one batched read.
     *
     * @param size the current tree size
     * @param source complete-subtree hashes of the stored tree
     * @return an appender positioned at {@code size}
     */
    public static MerkleAppender fromSource(long size, SubtreeHashSource source) {
        Objects.requireNonNull(source, "source");
        List<NodeId> nodes = MerkleProofs.nodesForRoot(size);
        if (nodes.isEmpty()) {
            return new MerkleAppender();
        }
        Map<NodeId, byte[]> hashes = source.hashes(nodes);
        List<byte[]> frontier = new ArrayList<>(nodes.size());
        for (NodeId node : nodes) {
            byte[] hash = hashes.get(node);
            if (hash == null) {
                throw new IllegalStateException("subtree hash source returned no hash for frontier node " + node);
            }
            frontier.add(hash);
        }
        return fromFrontier(size, frontier);
    }

    /** Returns the current number of leaves. */
    public long size() {
        return size;
    }

    /**
     * Returns the current frontier: the complete subtrees making up the tree, left to right (largest first), i.e.
     * the hashes of {@link MerkleProofs#nodesForRoot(long) nodesForRoot(size())}.
     */
    public List<NodeHash> frontier() {
        List<NodeHash> result = new ArrayList<>(Long.bitCount(size));
        for (int level = LEVELS - 1; level >= 0; level--) {
            if (frontier[level] != null) {
                long index = (size >>> level) - 1;
                result.add(new NodeHash(new NodeId(level, index), frontier[level]));
            }
        }
        return result;
    }

    /**
     * Appends one leaf.
     *
     * @param leafHash the 32-byte leaf hash ({@link MerkleHashes#leafHash(byte[])} of the entry)
     * @return the newly completed subtrees to store, bottom-up, starting with the leaf itself at level 0
     */
    public List<NodeHash> append(byte[] leafHash) {
        List<NodeHash> created = new ArrayList<>(4);
        appendInto(leafHash, created);
        return created;
    }

    /**
     * Appends leaves in order. Equivalent to calling {@link #append(byte[])} for each, with one result list.
     *
     * @param leafHashes the 32-byte leaf hashes
     * @return all newly completed subtrees, in creation order
     */
    public List<NodeHash> appendAll(Collection<byte[]> leafHashes) {
        Objects.requireNonNull(leafHashes, "leafHashes");
        List<NodeHash> created = new ArrayList<>(leafHashes.size() * 2 + 64);
        for (byte[] leafHash : leafHashes) {
            appendInto(leafHash, created);
        }
        return created;
    }

    private void appendInto(byte[] leafHash, List<NodeHash> created) {
        Objects.requireNonNull(leafHash, "leafHash");
        if (leafHash.length != MerkleHashes.HASH_LENGTH) {
            throw new IllegalArgumentException("leaf hash must be 32 bytes: " + leafHash.length);
        }
        if (size == Long.MAX_VALUE) {
            throw new IllegalStateException("tree is full");
        }
        long position = size;
        byte[] hash = leafHash.clone();
        created.add(new NodeHash(new NodeId(0, position), hash));
        int level = 0;
        // Every set low bit of the old size is a complete left sibling that now merges with the new subtree.
        while ((position >>> level & 1) == 1) {
            hash = hasher.nodeHash(frontier[level], hash);
            frontier[level] = null;
            level++;
            created.add(new NodeHash(new NodeId(level, position >>> level), hash));
        }
        frontier[level] = hash;
        size = position + 1;
    }

    /** Returns the current root hash ({@link MerkleHashes#emptyRoot()} for the empty tree). */
    public byte[] root() {
        byte[] root = null;
        for (int level = 0; level < LEVELS; level++) {
            if (frontier[level] != null) {
                root = root == null ? frontier[level].clone() : hasher.nodeHash(frontier[level], root);
            }
        }
        return root == null ? MerkleHashes.emptyRoot() : root;
    }

    /** Returns an independent copy of this appender. */
    public MerkleAppender copy() {
        MerkleAppender copy = new MerkleAppender();
        for (int level = 0; level < LEVELS; level++) {
            copy.frontier[level] = frontier[level];
        }
        copy.size = size;
        return copy;
    }
}
