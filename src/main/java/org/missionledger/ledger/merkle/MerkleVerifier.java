package org.missionledger.ledger.merkle;

import java.security.MessageDigest;
import java.util.List;
import java.util.Objects;
import org.missionledger.ledger.merkle.ProofVerificationException.Reason;

/**
 * Verifies RFC 9162 inclusion proofs (§2.1.3.2) and consistency proofs (§2.1.4.2) exactly as specified.
 *
 * <p>Indices and tree sizes are interpreted as <b>unsigned</b> 64-bit integers (as in the RFC and the
 * transparency-dev test probes), so a leaf index of {@code -1L} means 2^64-1 and is rejected as out of range rather
 * than wrapping. All hashes taking part in a computation must be exactly 32 bytes. Before running the RFC algorithm
 * the proof length is checked against the length implied by the index and sizes, giving a precise error message;
 * the RFC algorithm's own termination checks are kept as well.
 *
 * <p>Consistency edge cases (matching the transparency-dev probes): {@code size1 > size2} and {@code size1 == 0}
 * are always rejected; {@code size1 == size2} requires an empty proof and {@code root1} byte-equal to
 * {@code root2} (RFC 9162 §2.1.4.2 step 1 compares them without a length check, and one probe requires accepting
 * equal non-32-byte values).
 *
 * <p>Stateless and thread-safe.
 */
public final class MerkleVerifier {

    private MerkleVerifier() {}

    /**
     * Verifies that {@code leafHash} is the leaf at {@code index} of the tree of {@code size} leaves with root
     * {@code root}.
     *
     * @param index leaf index (unsigned)
     * @param size tree size (unsigned)
     * @param leafHash the 32-byte leaf hash ({@link MerkleHashes#leafHash(byte[])} of the leaf bytes)
     * @param proof the inclusion proof, leaf sibling first
     * @param root the expected 32-byte root
     * @throws ProofVerificationException if the proof does not verify
     */
    public static void verifyInclusion(long index, long size, byte[] leafHash, List<byte[]> proof, byte[] root)
            throws ProofVerificationException {
        requireHash("root hash", root);
        byte[] computed = rootFromInclusionProof(index, size, leafHash, proof);
        if (!MessageDigest.isEqual(computed, root)) {
            throw new ProofVerificationException(
                    Reason.ROOT_MISMATCH,
                    "inclusion proof for leaf "
                            + Long.toUnsignedString(index) + " in tree of size " + Long.toUnsignedString(size)
                            + " does not reproduce the expected root hash");
        }
    }

    /**
     * Computes the root implied by an inclusion proof (RFC 9162 §2.1.3.2 steps 1-5 without the final root
     * comparison).
     *
     * @param index leaf index (unsigned)
     * @param size tree size (unsigned)
     * @param leafHash the 32-byte leaf hash
     * @param proof the inclusion proof, leaf sibling first
     * @return the 32-byte root the proof leads to
     * @throws ProofVerificationException if the inputs are malformed or inconsistent with each other
     */
    public static byte[] rootFromInclusionProof(long index, long size, byte[] leafHash, List<byte[]> proof)
            throws ProofVerificationException {
        List<InclusionStep> steps = inclusionPath(index, size, leafHash, proof);
        return steps.isEmpty() ? leafHash.clone() : steps.get(steps.size() - 1).result();
    }

    /**
     * One step of an inclusion proof worked from the leaf to the root.
     *
     * @param sibling the proof hash joined at this step
     * @param siblingOnLeft whether it joins from the left ({@code H(0x01 ‖ sibling ‖ so far)}) or the right
     * @param result the hash the two make
     */
    public record InclusionStep(byte[] sibling, boolean siblingOnLeft, byte[] result) {}

    /**
     * Works an inclusion proof from the leaf hash up, step by step (RFC 9162 §2.1.3.2 steps 1-5), keeping every
     * intermediate hash: the last step's result is the root the proof leads to (the leaf hash itself for a tree of one
     * leaf, which has no steps). {@link #rootFromInclusionProof} is this without the steps.
     *
     * @throws ProofVerificationException if the inputs are malformed or inconsistent with each other
     */
    public static List<InclusionStep> inclusionPath(long index, long size, byte[] leafHash, List<byte[]> proof)
            throws ProofVerificationException {
        Objects.requireNonNull(proof, "proof");
        if (Long.compareUnsigned(index, size) >= 0) {
            throw new ProofVerificationException(
                    Reason.INDEX_OUT_OF_RANGE,
                    "leaf index " + Long.toUnsignedString(index) + " is not less than tree size "
                            + Long.toUnsignedString(size));
        }
        requireHash("leaf hash", leafHash);
        requireProofHashes(proof);
        int expected = inclusionProofLength(index, size);
        if (proof.size() != expected) {
            throw new ProofVerificationException(
                    Reason.WRONG_PROOF_LENGTH,
                    "inclusion proof for leaf "
                            + Long.toUnsignedString(index) + " in tree of size " + Long.toUnsignedString(size)
                            + " must have "
                            + expected + " hashes, got " + proof.size());
        }
        // RFC 9162 §2.1.3.2, with unsigned shifts.
        long fn = index;
        long sn = size - 1;
        byte[] r = leafHash;
        List<InclusionStep> steps = new java.util.ArrayList<>(proof.size());
        for (byte[] p : proof) {
            if (sn == 0) {
                throw new ProofVerificationException(Reason.WRONG_PROOF_LENGTH, "inclusion proof is too long");
            }
            boolean left = (fn & 1) == 1 || fn == sn;
            if (left) {
                r = MerkleHashes.nodeHash(p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>>= 1;
                    sn >>>= 1;
                }
            } else {
                r = MerkleHashes.nodeHash(r, p);
            }
            steps.add(new InclusionStep(p.clone(), left, r));
            fn >>>= 1;
            sn >>>= 1;
        }
        if (sn != 0) {
            throw new ProofVerificationException(Reason.WRONG_PROOF_LENGTH, "inclusion proof is too short");
        }
        return steps;
    }

    /**
     * Verifies that the tree of {@code size2} leaves with root {@code root2} is an append-only extension of the tree
     * of {@code size1} leaves with root {@code root1}.
     *
     * @param size1 old tree size (unsigned), must be at least 1
     * @param size2 new tree size (unsigned), at least {@code size1}
     * @param proof the consistency proof
     * @param root1 the old root
     * @param root2 the new root
     * @throws ProofVerificationException if the proof does not verify
     */
    public static void verifyConsistency(long size1, long size2, List<byte[]> proof, byte[] root1, byte[] root2)
            throws ProofVerificationException {
        Objects.requireNonNull(proof, "proof");
        if (Long.compareUnsigned(size1, size2) > 0) {
            throw new ProofVerificationException(
                    Reason.INVALID_TREE_SIZES,
                    "old tree size " + Long.toUnsignedString(size1) + " is greater than new tree size "
                            + Long.toUnsignedString(size2));
        }
        if (size1 == 0) {
            throw new ProofVerificationException(
                    Reason.INVALID_TREE_SIZES,
                    "consistency with the empty tree (size1 = 0) proves nothing and is rejected");
        }
        if (size1 == size2) {
            if (!proof.isEmpty()) {
                throw new ProofVerificationException(
                        Reason.WRONG_PROOF_LENGTH,
                        "consistency proof between equal tree sizes must be empty, got " + proof.size() + " hashes");
            }
            if (root1 == null || root2 == null) {
                throw new ProofVerificationException(Reason.MALFORMED_HASH, "root hash is missing");
            }
            if (!MessageDigest.isEqual(root1, root2)) {
                throw new ProofVerificationException(
                        Reason.ROOT_MISMATCH,
                        "trees of equal size " + Long.toUnsignedString(size1) + " have different root hashes");
            }
            return;
        }
        requireHash("old root hash", root1);
        requireHash("new root hash", root2);
        requireProofHashes(proof);
        int expected = consistencyProofLength(size1, size2);
        if (proof.size() != expected) {
            throw new ProofVerificationException(
                    Reason.WRONG_PROOF_LENGTH,
                    "consistency proof from size "
                            + Long.toUnsignedString(size1) + " to " + Long.toUnsignedString(size2) + " must have "
                            + expected
                            + " hashes, got " + proof.size());
        }
        // RFC 9162 §2.1.4.2, with unsigned shifts.
        boolean firstIsPowerOfTwo = (size1 & (size1 - 1)) == 0;
        int next;
        byte[] fr;
        byte[] sr;
        if (firstIsPowerOfTwo) {
            fr = root1; // step 2: prepend first_hash to the path
            sr = root1;
            next = 0;
        } else {
            fr = proof.get(0);
            sr = proof.get(0);
            next = 1;
        }
        long fn = size1 - 1;
        long sn = size2 - 1;
        while ((fn & 1) == 1) {
            fn >>>= 1;
            sn >>>= 1;
        }
        for (int i = next; i < proof.size(); i++) {
            byte[] c = proof.get(i);
            if (sn == 0) {
                throw new ProofVerificationException(Reason.WRONG_PROOF_LENGTH, "consistency proof is too long");
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = MerkleHashes.nodeHash(c, fr);
                sr = MerkleHashes.nodeHash(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>>= 1;
                    sn >>>= 1;
                }
            } else {
                sr = MerkleHashes.nodeHash(sr, c);
            }
            fn >>>= 1;
            sn >>>= 1;
        }
        if (sn != 0) {
            throw new ProofVerificationException(Reason.WRONG_PROOF_LENGTH, "consistency proof is too short");
        }
        if (!MessageDigest.isEqual(fr, root1)) {
            throw new ProofVerificationException(
                    Reason.ROOT_MISMATCH,
                    "consistency proof does not reproduce the old root hash of size " + Long.toUnsignedString(size1));
        }
        if (!MessageDigest.isEqual(sr, root2)) {
            throw new ProofVerificationException(
                    Reason.ROOT_MISMATCH,
                    "consistency proof does not reproduce the new root hash of size " + Long.toUnsignedString(size2));
        }
    }

    /**
     * Returns the number of hashes in the inclusion proof for {@code index} in a tree of {@code size} leaves
     * (unsigned, {@code index < size}).
     */
    static int inclusionProofLength(long index, long size) {
        // Levels below the point where the paths to `index` and to the last leaf meet all have a sibling; above it,
        // only levels where the path turns right have one (the complete subtree to the left).
        int inner = 64 - Long.numberOfLeadingZeros(index ^ (size - 1));
        int border = inner >= 64 ? 0 : Long.bitCount(index >>> inner);
        return inner + border;
    }

    /**
     * Returns the number of hashes in the consistency proof from {@code size1} to {@code size2} (unsigned,
     * {@code 0 < size1 < size2}).
     */
    static int consistencyProofLength(long size1, long size2) {
        // The proof is the inclusion proof of the largest complete subtree ending at size1, seen as a "leaf" at its
        // own level, preceded by that subtree's hash unless it is the whole old tree (size1 a power of two).
        int level = Long.numberOfTrailingZeros(size1);
        long index = (size1 - 1) >>> level;
        long lastIndex = (size2 - 1) >>> level;
        int inner = 64 - Long.numberOfLeadingZeros(index ^ lastIndex);
        int border = inner >= 64 ? 0 : Long.bitCount(index >>> inner);
        int seed = (size1 & (size1 - 1)) == 0 ? 0 : 1;
        return inner + border + seed;
    }

    private static void requireHash(String what, byte[] hash) throws ProofVerificationException {
        if (hash == null) {
            throw new ProofVerificationException(Reason.MALFORMED_HASH, what + " is missing");
        }
        if (hash.length != MerkleHashes.HASH_LENGTH) {
            throw new ProofVerificationException(
                    Reason.MALFORMED_HASH,
                    what + " must be " + MerkleHashes.HASH_LENGTH + " bytes, got " + hash.length);
        }
    }

    private static void requireProofHashes(List<byte[]> proof) throws ProofVerificationException {
        for (int i = 0; i < proof.size(); i++) {
            requireHash("proof hash [" + i + "]", proof.get(i));
        }
    }
}
