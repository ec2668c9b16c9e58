package org.missionledger.platform.pages;

import java.util.Optional;

/**
 * Where pages get the transparency log's latest signed checkpoint from (the audit page, the dossier). Pages take it
 * from an optional bean of this type ({@code ObjectProvider<LedgerCheckpoints>}), which the transparency log provides;
 * without one they use {@link #NONE} and say honestly that no checkpoint has been signed yet.
 */
public interface LedgerCheckpoints {

    /** No transparency log: never a checkpoint. */
    LedgerCheckpoints NONE = Optional::empty;

    /**
     * A signed checkpoint.
     *
     * @param treeSize how many events it commits to
     * @param note the signed note, exactly as served by {@code GET /api/ledger/checkpoint}
     * @param signedAt when it was signed (ISO-8601)
     */
    record Checkpoint(long treeSize, String note, String signedAt) {}

    /** The latest signed checkpoint, if any. */
    Optional<Checkpoint> latest();
}
