package org.missionledger.ledger.checkpoint;

import java.util.Objects;

/**
 * A checkpoint as kept by the log.
 *
 * @param seq its number among all checkpoints of the log, dense from 1 in signing order
 * @param size the tree size it commits to
 * @param root the root hash at that size (not copied)
 * @param note the signed note, exactly the bytes served by {@code GET /api/ledger/checkpoint}
 * @param signedAt when it was signed (ISO-8601)
 */
public record StoredCheckpoint(long seq, long size, byte[] root, String note, String signedAt) {

    public StoredCheckpoint {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(signedAt, "signedAt");
    }
}
