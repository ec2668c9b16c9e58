package org.missionledger.ledger.web;

import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.missionledger.ledger.checkpoint.CheckpointStore;
import org.missionledger.ledger.log.StoredLeaf;
import org.missionledger.ledger.log.TreeStore;
import org.missionledger.platform.pages.LedgerCheckpoints;
import org.missionledger.platform.pages.LedgerLeaves;
import org.springframework.stereotype.Component;

/** What the pages (audit trail, dossier) show of the transparency log: the latest checkpoint and events' leaves. */
@Component
class LogForPages implements LedgerCheckpoints, LedgerLeaves {

    private final TreeStore tree;
    private final CheckpointStore checkpoints;

    LogForPages(TreeStore tree, CheckpointStore checkpoints) {
        this.tree = tree;
        this.checkpoints = checkpoints;
    }

    @Override
    public Optional<Checkpoint> latest() {
        return checkpoints.latest().map(c -> new Checkpoint(c.size(), c.note(), c.signedAt()));
    }

    @Override
    public Map<String, Leaf> of(Collection<String> eventIds) {
        Map<String, Leaf> result = new LinkedHashMap<>();
        long size = tree.state().size();
        for (StoredLeaf leaf : tree.leavesOf(eventIds).values()) {
            if (leaf.leafIndex() < size) { // written but not yet committed to the tree: not a leaf of it yet
                result.put(
                        leaf.eventId(),
                        new Leaf(leaf.leafIndex(), HexFormat.of().formatHex(leaf.leafHash())));
            }
        }
        return result;
    }
}
