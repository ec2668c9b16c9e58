package org.missionledger.ledger.merkle;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * An in-memory RFC 9162 tree that stores every complete subtree hash compactly (one growable {@code byte[]} per
 * level, 32 bytes per node, about 64 bytes per leaf in total) and serves as a {@link SubtreeHashSource}.
 *
 * <p>Intended for tests and for the offline verifier, which streams leaves in and needs roots and proofs at many
 * sizes: {@link #root(long)} for any prefix size costs at most 62 node hashes and no storage lookups beyond array
 * reads. Capacity is limited to {@link #MAX_LEAVES} leaves by Java array indexing.
 *
 * <p>Not thread-safe while appending; concurrent reads without concurrent appends are safe.
 */
public final class MerkleTree implements SubtreeHashSource {

    /** Maximum number of leaves: the level-0 array must fit in one Java array. */
    public static final long MAX_LEAVES = (Integer.MAX_VALUE - 8) / MerkleHashes.HASH_LENGTH;

    private static final int H = MerkleHashes.HASH_LENGTH;

    /** levels[l] holds the (size >>> l) complete subtree hashes of level l, back to back. */
    private byte[][] levels = new byte[1][];

    private long size;
    private final MerkleHashes.Hasher hasher = new MerkleHashes.Hasher();

    /** Creates an empty tree. */
    public MerkleTree() {
        levels[0] = new byte[16 * H];
    }

    /**
     * Builds a tree from leaf hashes.
     *
     * @param leafHashes 32-byte leaf hashes in leaf order
     * @return the tree
     */
    public static MerkleTree fromLeafHashes(Collection<byte[]> leafHashes) {
        MerkleTree tree = new MerkleTree();
        tree.ensureCapacity(leafHashes.size());
        for (byte[] leafHash : leafHashes) {
            tree.appendLeafHash(leafHash);
        }
        return tree;
    }

    /**
     * Builds a tree from raw leaf bytes, hashing each with {@link MerkleHashes#leafHash(byte[])}.
     *
     * @param leaves the leaf contents in leaf order
     * @return the tree
     */
    public static MerkleTree fromLeaves(Collection<byte[]> leaves) {
        MerkleTree tree = new MerkleTree();
        tree.ensureCapacity(leaves.size());
        for (byte[] leaf : leaves) {
            tree.appendLeaf(leaf);
        }
        return tree;
    }

    /**
     * Appends a leaf given its hash.
     *
     * @param leafHash the 32-byte leaf hash
     * @return the index of the new leaf
     */
    public long appendLeafHash(byte[] leafHash) {
        Objects.requireNonNull(leafHash, "leafHash");
        if (leafHash.length != H) {
            throw new IllegalArgumentException("leaf hash must be 32 bytes: " + leafHash.length);
        }
        long index = reserveLeaf();
        System.arraycopy(leafHash, 0, levels[0], (int) index * H, H);
        completeParents(index);
        return index;
    }

    /**
     * Appends a leaf given its raw bytes, hashing them as an RFC 9162 leaf.
     *
     * @param leaf the leaf contents
     * @return the index of the new leaf
     */
    public long appendLeaf(byte[] leaf) {
        Objects.requireNonNull(leaf, "leaf");
        long index = reserveLeaf();
        hasher.leafHashInto(leaf, levels[0], (int) index * H);
        completeParents(index);
        return index;
    }

    /**
     * Pre-allocates storage for a total of {@code leaves} leaves.
     *
     * @param leaves expected final tree size
     */
    public void ensureCapacity(long leaves) {
        if (leaves > MAX_LEAVES) {
            throw new IllegalArgumentException("MerkleTree holds at most " + MAX_LEAVES + " leaves");
        }
        for (int level = 0; (leaves >>> level) > 0; level++) {
            ensureLevel(level, leaves >>> level);
        }
    }

    private long reserveLeaf() {
        if (size >= MAX_LEAVES) {
            throw new IllegalStateException("MerkleTree holds at most " + MAX_LEAVES + " leaves");
        }
        ensureLevel(0, size + 1);
        return size;
    }

    /** Records the subtrees completed by leaf {@code index} and grows the size. */
    private void completeParents(long index) {
        long position = index;
        int level = 0;
        while ((position & 1) == 1) {
            long parent = position >>> 1;
            ensureLevel(level + 1, parent + 1);
            int left = (int) (position - 1) * H;
            hasher.nodeHashInto(levels[level], left, levels[level], left + H, levels[level + 1], (int) parent * H);
            position = parent;
            level++;
        }
        size = index + 1;
    }

    private void ensureLevel(int level, long nodes) {
        if (level >= levels.length) {
            levels = Arrays.copyOf(levels, level + 1);
        }
        byte[] current = levels[level];
        long needed = nodes * H;
        if (current == null || current.length < needed) {
            long grown = current == null ? Math.max(needed, 16L * H) : Math.max(needed, current.length * 2L);
            int capacity = (int) Math.min(grown, MAX_LEAVES * H);
            levels[level] = current == null ? new byte[capacity] : Arrays.copyOf(current, capacity);
        }
    }

    /** Returns the number of leaves. */
    public long size() {
        return size;
    }

    /**
     * Returns the hash of leaf {@code index}.
     *
     * @param index leaf index, {@code 0 <= index < size()}
     * @return a copy of the 32-byte leaf hash
     */
    public byte[] leafHash(long index) {
        return hash(0, index);
    }

    /**
     * Returns whether the complete subtree exists in the current tree.
     *
     * @param level subtree height
     * @param index subtree position
     * @return {@code true} if all of its leaves have been appended
     */
    public boolean contains(int level, long index) {
        return level >= 0 && level <= NodeId.MAX_LEVEL && index >= 0 && index < (size >>> level);
    }

    @Override
    public byte[] hash(int level, long index) {
        if (!contains(level, index)) {
            throw new NoSuchElementException(
                    "tree of size " + size + " has no complete subtree at level " + level + " index " + index);
        }
        int offset = (int) index * H;
        return Arrays.copyOfRange(levels[level], offset, offset + H);
    }

    /** Returns the root hash of the whole tree. */
    public byte[] root() {
        return root(size);
    }

    /**
     * Returns the root hash of the tree formed by the first {@code treeSize} leaves.
     *
     * @param treeSize prefix size, {@code 0 <= treeSize <= size()}
     * @return the 32-byte root
     */
    public byte[] root(long treeSize) {
        checkSize(treeSize);
        if (treeSize == 0) {
            return MerkleHashes.emptyRoot();
        }
        // Right fold over the complete subtrees of [0, treeSize), smallest (rightmost) first.
        MerkleHashes.Hasher threadHasher = MerkleHashes.threadHasher();
        int level = Long.numberOfTrailingZeros(treeSize);
        byte[] root = hash(level, (treeSize >>> level) - 1);
        for (level++; level < 63; level++) {
            if ((treeSize >>> level & 1) == 1) {
                int offset = (int) ((treeSize >>> level) - 1) * H;
                threadHasher.nodeHashInto(levels[level], offset, root, 0, root, 0);
            }
        }
        return root;
    }

    /**
     * Returns the inclusion proof of leaf {@code index} in the tree formed by the first {@code treeSize} leaves.
     *
     * @param index leaf index, {@code 0 <= index < treeSize}
     * @param treeSize prefix size, at most {@code size()}
     * @return the RFC 9162 inclusion proof
     */
    public List<byte[]> inclusionProof(long index, long treeSize) {
        checkSize(treeSize);
        return MerkleProofs.inclusionProof(index, treeSize, this);
    }

    /**
     * Returns the consistency proof between the prefixes of {@code m} and {@code n} leaves.
     *
     * @param m old size, {@code 1 <= m <= n}
     * @param n new size, at most {@code size()}
     * @return the RFC 9162 consistency proof
     */
    public List<byte[]> consistencyProof(long m, long n) {
        checkSize(n);
        return MerkleProofs.consistencyProof(m, n, this);
    }

    private void checkSize(long treeSize) {
        if (treeSize < 0 || treeSize > size) {
            throw new IllegalArgumentException("tree size " + treeSize + " outside [0, " + size + "]");
        }
    }
}
