package org.missionledger.ledger.web;

import java.util.List;
import org.missionledger.ledger.checkpoint.StoredCheckpoint;
import org.missionledger.ledger.log.EventLeaf;

/**
 * What the inclusion-proof page shows.
 *
 * @param event the event's leaf, decoded
 * @param leafIndex its leaf index
 * @param leafBytes the leaf bytes, hex
 * @param leafHash the leaf hash, hex
 * @param treeSize the size of the tree the proof is for
 * @param logSize the log's current size
 * @param rootHash the root of that tree, hex
 * @param steps the proof, worked from the leaf to the root
 * @param checkpoint the signed checkpoint of exactly that size, if any
 * @param latestCheckpoint the latest signed checkpoint, if any
 * @param verified whether the proof leads to the root
 * @param checkpointNote the checkpoint of that size with every cosignature the ledger got, if any
 * @param witnesses each configured witness's mark on that checkpoint (empty without witnesses or checkpoint)
 */
public record InclusionProofView(
        EventLeaf event,
        long leafIndex,
        String leafBytes,
        String leafHash,
        long treeSize,
        long logSize,
        String rootHash,
        List<Step> steps,
        StoredCheckpoint checkpoint,
        StoredCheckpoint latestCheckpoint,
        boolean verified,
        String checkpointNote,
        List<org.missionledger.platform.pages.LedgerWitnesses.Mark> witnesses) {

    /**
     * A step of the proof.
     *
     * @param number from 1
     * @param sibling the sibling hash, hex
     * @param siblingOnLeft whether the sibling joins from the left
     * @param result the hash the two make, hex
     */
    public record Step(int number, String sibling, boolean siblingOnLeft, String result) {}
}
