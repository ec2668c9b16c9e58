package org.missionledger.ledger.log;

/**
 * The MongoDB collections of the transparency log.
 *
 * @param leaves one document per leaf: {@code _id} = leaf index, {@code eventId} (unique), {@code globalIndex},
 *     {@code leaf} = the leaf bytes, {@code h} = the hashes of the complete subtrees ending at this leaf, by level
 *     ({@code h[0]} is the leaf hash)
 * @param state the sequencer's state ({@code _id = "log"}: size, last global index, frontier) and the published
 *     verifier key ({@code _id = "verifier-key"})
 * @param checkpoints every signed checkpoint: {@code _id} = tree size, {@code seq} (unique, dense from 1), root, note
 */
public record LogCollections(String leaves, String state, String checkpoints) {

    /** The collection names used by the application. */
    public static final LogCollections DEFAULT = new LogCollections("tlog_leaves", "tlog_state", "tlog_checkpoints");
}
