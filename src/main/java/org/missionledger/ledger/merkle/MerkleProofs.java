package org.missionledger.ledger.merkle;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Computes RFC 9162 roots, inclusion proofs (§2.1.3.1) and consistency proofs (§2.1.4.1) from stored hashes of
 * complete subtrees, reading O(log n) hashes in one batched call.
 *
 * <p>Every node of the RFC tree of size {@code n} covers a leaf range {@code [begin, end)} whose start is aligned
 * to the largest power of two not exceeding its length. Such a range splits into at most 63 complete subtrees by the
 * binary digits of its length; when the range is not itself complete (the right edge of a non-perfect tree) its hash
 * is an ephemeral node, computed here by folding those complete subtrees from the right. Proofs are therefore lists
 * of ranges, each resolved to complete subtrees that a store can serve.
 *
 * <p>The {@code nodesFor*} methods return, without touching any storage, exactly the complete subtrees the
 * corresponding computation reads, so a caller can prefetch (or batch several proofs into) one read and then call
 * the computing method with {@link SubtreeHashSource#fromMap(Map)}.
 *
 * <p>Sizes and indices are signed {@code long}s and must be non-negative here; the verifier side
 * ({@link MerkleVerifier}) additionally handles arbitrary unsigned 64-bit inputs.
 */
public final class MerkleProofs {

    private MerkleProofs() {}

    /**
     * Returns the complete subtrees whose hashes determine the root of the tree of the given size, left to right
     * (largest first). Empty for size 0, a single node for powers of two.
     *
     * @param size tree size, {@code >= 0}
     * @return the decomposition of {@code [0, size)} into complete subtrees
     */
    public static List<NodeId> nodesForRoot(long size) {
        requireNonNegative(size, "size");
        List<NodeId> nodes = new ArrayList<>(Long.bitCount(size));
        decompose(0, size, nodes);
        return nodes;
    }

    /**
     * Returns the RFC 9162 Merkle tree hash {@code MTH(D[0:size])}.
     *
     * @param size tree size, {@code >= 0}
     * @param source complete-subtree hashes; called at most once, via {@link SubtreeHashSource#hashes}
     * @return the 32-byte root ({@link MerkleHashes#emptyRoot()} for size 0)
     */
    public static byte[] root(long size, SubtreeHashSource source) {
        Objects.requireNonNull(source, "source");
        List<NodeId> nodes = nodesForRoot(size);
        if (nodes.isEmpty()) {
            return MerkleHashes.emptyRoot();
        }
        return foldRange(nodes, 0, nodes.size(), fetch(source, nodes));
    }

    /**
     * Returns the complete subtrees read by {@link #inclusionProof(long, long, SubtreeHashSource)}, in proof order
     * (bottom-up; the subtrees forming one ephemeral proof element appear left to right).
     *
     * @param index leaf index, {@code 0 <= index < size}
     * @param size tree size
     * @return the subtrees to fetch, at most 2 * 62 of them
     */
    public static List<NodeId> nodesForInclusion(long index, long size) {
        return flatten(inclusionRanges(index, size));
    }

    /**
     * Returns the RFC 9162 §2.1.3.1 inclusion proof {@code PATH(index, D[0:size])}, ordered from the leaf's sibling
     * up to the child of the root.
     *
     * @param index leaf index, {@code 0 <= index < size}
     * @param size tree size
     * @param source complete-subtree hashes; called at most once, via {@link SubtreeHashSource#hashes}
     * @return the proof hashes (empty for a one-leaf tree)
     */
    public static List<byte[]> inclusionProof(long index, long size, SubtreeHashSource source) {
        Objects.requireNonNull(source, "source");
        return resolve(inclusionRanges(index, size), source);
    }

    /**
     * Returns the complete subtrees read by {@link #consistencyProof(long, long, SubtreeHashSource)}, in proof
     * order.
     *
     * @param m old tree size, {@code 1 <= m <= n}
     * @param n new tree size
     * @return the subtrees to fetch (empty when {@code m == n})
     */
    public static List<NodeId> nodesForConsistency(long m, long n) {
        return flatten(consistencyRanges(m, n));
    }

    /**
     * Returns the RFC 9162 §2.1.4.1 consistency proof {@code PROOF(m, D[0:n])}. The proof for {@code m == n} is
     * empty. {@code m == 0} is rejected: every tree extends the empty tree, so such a proof proves nothing, and
     * {@link MerkleVerifier#verifyConsistency} rejects it.
     *
     * @param m old tree size, {@code 1 <= m <= n}
     * @param n new tree size
     * @param source complete-subtree hashes; called at most once, via {@link SubtreeHashSource#hashes}
     * @return the proof hashes
     */
    public static List<byte[]> consistencyProof(long m, long n, SubtreeHashSource source) {
        Objects.requireNonNull(source, "source");
        return resolve(consistencyRanges(m, n), source);
    }

    // ---------------------------------------------------------------------------------------------------------

    /** Proof element ranges {@code [begin, end)} of PATH(index, D[0:size]), bottom-up. */
    private static List<long[]> inclusionRanges(long index, long size) {
        requireNonNegative(index, "index");
        if (index >= size) {
            throw new IllegalArgumentException("index " + index + " is not less than tree size " + size);
        }
        // Walk down the RFC recursion; each step contributes the hash of the subtree not containing the leaf.
        List<long[]> topDown = new ArrayList<>(64);
        long begin = 0;
        long end = size;
        while (end - begin > 1) {
            long split = begin + largestPowerOfTwoBelow(end - begin);
            if (index < split) {
                topDown.add(new long[] {split, end});
                end = split;
            } else {
                topDown.add(new long[] {begin, split});
                begin = split;
            }
        }
        Collections.reverse(topDown);
        return topDown;
    }

    /** Proof element ranges of PROOF(m, D[0:n]) = SUBPROOF(m, D[0:n], true), in proof order. */
    private static List<long[]> consistencyRanges(long m, long n) {
        if (m < 1 || m > n) {
            throw new IllegalArgumentException("consistency proof requires 1 <= m <= n, got m=" + m + ", n=" + n);
        }
        List<long[]> topDown = new ArrayList<>(64);
        long begin = 0;
        long end = n;
        boolean wholeOldTree = true; // SUBPROOF's flag b: [begin, end) still starts at 0 with end >= m
        // Invariant: begin < m <= end, hence end - begin >= 2 whenever m < end.
        while (m < end) {
            long split = begin + largestPowerOfTwoBelow(end - begin);
            if (m <= split) {
                topDown.add(new long[] {split, end});
                end = split;
            } else {
                topDown.add(new long[] {begin, split});
                begin = split;
                wholeOldTree = false;
            }
        }
        if (!wholeOldTree) {
            topDown.add(new long[] {begin, end}); // MTH(D[begin:m]), a complete subtree
        }
        Collections.reverse(topDown);
        return topDown;
    }

    private static List<NodeId> flatten(List<long[]> ranges) {
        List<NodeId> nodes = new ArrayList<>(ranges.size() + 8);
        for (long[] range : ranges) {
            decompose(range[0], range[1], nodes);
        }
        return nodes;
    }

    private static List<byte[]> resolve(List<long[]> ranges, SubtreeHashSource source) {
        List<NodeId> nodes = flatten(ranges);
        if (nodes.isEmpty()) {
            return new ArrayList<>(0);
        }
        Map<NodeId, byte[]> hashes = fetch(source, nodes);
        List<byte[]> proof = new ArrayList<>(ranges.size());
        int from = 0;
        for (long[] range : ranges) {
            int count = Long.bitCount(range[1] - range[0]);
            proof.add(foldRange(nodes, from, from + count, hashes));
            from += count;
        }
        return proof;
    }

    /**
     * Appends the complete subtrees covering the RFC tree node {@code [begin, end)}, left to right. The start must be
     * aligned to the largest power of two not exceeding the length, which holds for every node of an RFC tree.
     */
    private static void decompose(long begin, long end, List<NodeId> out) {
        long position = begin;
        long remaining = end - begin;
        while (remaining > 0) {
            int level = 63 - Long.numberOfLeadingZeros(remaining);
            long width = 1L << level;
            if ((position & (width - 1)) != 0) {
                throw new IllegalStateException("range [" + begin + ", " + end + ") is not an RFC 9162 tree node");
            }
            out.add(new NodeId(level, position >>> level));
            position += width;
            remaining -= width;
        }
    }

    /** Hash of the RFC tree node made of {@code nodes[from, to)}: right fold, the ephemeral node for count > 1. */
    private static byte[] foldRange(List<NodeId> nodes, int from, int to, Map<NodeId, byte[]> hashes) {
        byte[] hash = hashes.get(nodes.get(to - 1));
        for (int i = to - 2; i >= from; i--) {
            hash = MerkleHashes.nodeHash(hashes.get(nodes.get(i)), hash);
        }
        return hash.clone();
    }

    private static Map<NodeId, byte[]> fetch(SubtreeHashSource source, List<NodeId> nodes) {
        Map<NodeId, byte[]> hashes = source.hashes(Collections.unmodifiableList(nodes));
        if (hashes == null) {
            throw new IllegalStateException("subtree hash source returned null");
        }
        for (NodeId node : nodes) {
            byte[] hash = hashes.get(node);
            if (hash == null) {
                throw new IllegalStateException("subtree hash source returned no hash for " + node);
            }
            if (hash.length != MerkleHashes.HASH_LENGTH) {
                throw new IllegalStateException(
                        "subtree hash source returned a " + hash.length + "-byte hash for " + node);
            }
        }
        return hashes;
    }

    /** Largest power of two strictly less than {@code n}, for {@code n >= 2}. */
    private static long largestPowerOfTwoBelow(long n) {
        return Long.highestOneBit(n - 1);
    }

    private static void requireNonNegative(long value, String name) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must be non-negative: " + value);
        }
    }
}
