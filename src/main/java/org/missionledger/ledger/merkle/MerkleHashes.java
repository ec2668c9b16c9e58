package org.missionledger.ledger.merkle;

import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;

/**
 * The RFC 9162 §2.1.1 Merkle hash functions over SHA-256.
 *
 * <ul>
 *   <li>leaf hash: {@code SHA-256(0x00 || leaf)}</li>
 *   <li>node hash: {@code SHA-256(0x01 || left || right)}</li>
 *   <li>empty tree root: {@code SHA-256("")}</li>
 * </ul>
 *
 * <p>All methods are thread-safe. Each thread reuses one {@link MessageDigest}, so no provider lookup happens per
 * call. Every method returns a fresh array owned by the caller.
 */
public final class MerkleHashes {

    /** Length in bytes of every hash produced here (SHA-256). */
    public static final int HASH_LENGTH = 32;

    /** Domain-separation prefix of leaf hashes. */
    public static final byte LEAF_PREFIX = 0x00;

    /** Domain-separation prefix of interior node hashes. */
    public static final byte NODE_PREFIX = 0x01;

    private static final ThreadLocal<Hasher> HASHER = ThreadLocal.withInitial(Hasher::new);

    private static final byte[] EMPTY_ROOT = newDigest().digest();

    private MerkleHashes() {}

    /**
     * Returns the RFC 9162 leaf hash {@code SHA-256(0x00 || leaf)}.
     *
     * @param leaf the leaf bytes (may be empty)
     * @return a new 32-byte array
     */
    public static byte[] leafHash(byte[] leaf) {
        Objects.requireNonNull(leaf, "leaf");
        return HASHER.get().leafHash(leaf, 0, leaf.length);
    }

    /**
     * Returns the RFC 9162 leaf hash of {@code leaf[offset, offset + length)}.
     *
     * @param leaf buffer holding the leaf bytes
     * @param offset start of the leaf in {@code leaf}
     * @param length number of leaf bytes
     * @return a new 32-byte array
     */
    public static byte[] leafHash(byte[] leaf, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, Objects.requireNonNull(leaf, "leaf").length);
        return HASHER.get().leafHash(leaf, offset, length);
    }

    /**
     * Returns the RFC 9162 interior node hash {@code SHA-256(0x01 || left || right)}. The inputs are concatenated as
     * given; their length is not checked (the RFC 6962 hasher test vectors use non-32-byte inputs).
     *
     * @param left the left child hash
     * @param right the right child hash
     * @return a new 32-byte array
     */
    public static byte[] nodeHash(byte[] left, byte[] right) {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        return HASHER.get().nodeHash(left, right);
    }

    /**
     * Returns the root of the empty tree, {@code SHA-256("")}.
     *
     * @return a new 32-byte array
     */
    public static byte[] emptyRoot() {
        return EMPTY_ROOT.clone();
    }

    /** The calling thread's reusable hasher (package-internal fast path for array-backed trees). */
    static Hasher threadHasher() {
        return HASHER.get();
    }

    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java SE implementation", e);
        }
    }

    /**
     * A non-thread-safe SHA-256 Merkle hasher that can read from and write into slices of larger arrays without
     * intermediate allocation.
     */
    static final class Hasher {

        private final MessageDigest digest = newDigest();

        byte[] leafHash(byte[] leaf, int offset, int length) {
            digest.reset();
            digest.update(LEAF_PREFIX);
            digest.update(leaf, offset, length);
            return digest.digest();
        }

        void leafHashInto(byte[] leaf, byte[] out, int outOffset) {
            digest.reset();
            digest.update(LEAF_PREFIX);
            digest.update(leaf);
            finish(out, outOffset);
        }

        byte[] nodeHash(byte[] left, byte[] right) {
            digest.reset();
            digest.update(NODE_PREFIX);
            digest.update(left);
            digest.update(right);
            return digest.digest();
        }

        /** Hashes two 32-byte slices into {@code out[outOffset, outOffset + 32)}; {@code out} may alias an input. */
        void nodeHashInto(byte[] left, int leftOffset, byte[] right, int rightOffset, byte[] out, int outOffset) {
            digest.reset();
            digest.update(NODE_PREFIX);
            digest.update(left, leftOffset, HASH_LENGTH);
            digest.update(right, rightOffset, HASH_LENGTH);
            finish(out, outOffset);
        }

        private void finish(byte[] out, int outOffset) {
            try {
                digest.digest(out, outOffset, HASH_LENGTH);
            } catch (DigestException e) {
                throw new IllegalStateException("SHA-256 digest could not be written", e);
            }
        }
    }
}
