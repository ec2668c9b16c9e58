package org.missionledger.ledger.merkle;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A complete subtree together with its hash, as produced by {@link MerkleAppender} for storage.
 *
 * @param id the subtree coordinates
 * @param hash the 32-byte subtree hash (defensively copied in and out)
 */
public record NodeHash(NodeId id, byte[] hash) {

    /**
     * Validates and copies the hash.
     *
     * @throws IllegalArgumentException if the hash is not 32 bytes
     */
    public NodeHash {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(hash, "hash");
        if (hash.length != MerkleHashes.HASH_LENGTH) {
            throw new IllegalArgumentException("hash must be " + MerkleHashes.HASH_LENGTH + " bytes: " + hash.length);
        }
        hash = hash.clone();
    }

    /** Returns a copy of the hash. */
    @Override
    public byte[] hash() {
        return hash.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NodeHash other && id.equals(other.id) && Arrays.equals(hash, other.hash);
    }

    @Override
    public int hashCode() {
        return 31 * id.hashCode() + Arrays.hashCode(hash);
    }

    @Override
    public String toString() {
        return "NodeHash[level=" + id.level() + ", index=" + id.index() + ", hash="
                + HexFormat.of().formatHex(hash) + "]";
    }
}
