package org.missionledger.ledger.log;

import java.util.ArrayList;
import java.util.List;
import org.missionledger.common.api.FeatureApi;
import org.missionledger.ledger.merkle.MerkleAppender;
import org.missionledger.ledger.merkle.NodeHash;

/**
 * The committed state of the log: what the sequencer has durably appended.
 *
 * @param size the number of leaves
 * @param lastGlobalIndex the global index of the last event appended (0 for the empty log)
 * @param frontier the hashes of the complete subtrees making up the tree, left to right (largest first)
 * @param updatedAt when the state was last advanced (ISO-8601), or {@code null}
 */
@FeatureApi("a result of TreeStore")
public record LogState(long size, long lastGlobalIndex, List<byte[]> frontier, String updatedAt) {

    /** The state of the empty log. */
    public static final LogState EMPTY = new LogState(0, 0, List.of(), null);

    public LogState {
        frontier = List.copyOf(frontier);
    }

    /** Returns the state of an appender after appending up to {@code lastGlobalIndex}. */
    static LogState of(MerkleAppender appender, long lastGlobalIndex, String updatedAt) {
        List<byte[]> hashes = new ArrayList<>();
        for (NodeHash node : appender.frontier()) {
            hashes.add(node.hash());
        }
        return new LogState(appender.size(), lastGlobalIndex, hashes, updatedAt);
    }

    /** Returns an appender positioned at this state. */
    public MerkleAppender appender() {
        return MerkleAppender.fromFrontier(size, frontier);
    }

    /** Returns the root hash (computed from the frontier, no store reads). */
    public byte[] root() {
        return appender().root();
    }
}
