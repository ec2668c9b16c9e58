package org.missionledger.ledger.log;

import java.util.Objects;

/**
 * One leaf as read from a {@link LeafSource}.
 *
 * @param position its leaf index in that source, from 0
 * @param leaf the leaf content
 * @param leafHash the RFC 9162 leaf hash of the encoded leaf
 * @param location where it was read, for reports (e.g. {@code line 17}, {@code global index 20})
 */
public record LeafEntry(long position, EventLeaf leaf, byte[] leafHash, String location) {

    public LeafEntry {
        Objects.requireNonNull(leaf, "leaf");
        Objects.requireNonNull(leafHash, "leafHash");
    }

    /** Builds an entry from leaf content, encoding and hashing it. */
    public static LeafEntry of(long position, EventLeaf leaf, String location) {
        return new LeafEntry(position, leaf, LeafEncoding.leafHash(LeafEncoding.encode(leaf)), location);
    }
}
