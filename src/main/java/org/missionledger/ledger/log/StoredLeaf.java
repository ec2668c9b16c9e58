package org.missionledger.ledger.log;

import java.util.Objects;

/**
 * One leaf of the log as stored.
 *
 * @param leafIndex the leaf's position in the tree, from 0
 * @param eventId the identifier of the event it commits to
 * @param globalIndex the event's global index
 * @param leaf the leaf bytes ({@link LeafEncoding}); not copied
 */
public record StoredLeaf(long leafIndex, String eventId, long globalIndex, byte[] leaf) {

    public StoredLeaf {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(leaf, "leaf");
    }

    /** Returns the RFC 9162 leaf hash of the leaf bytes. */
    public byte[] leafHash() {
        return LeafEncoding.leafHash(leaf);
    }

    /** Decodes the leaf bytes. */
    public EventLeaf decoded() {
        return LeafEncoding.decode(leaf);
    }
}
