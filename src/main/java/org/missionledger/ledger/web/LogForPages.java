package org.missionledger.ledger.web;

import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.missionledger.ledger.checkpoint.CheckpointStore;
import org.missionledger.ledger.cosign.Cosignatures;
import org.missionledger.ledger.log.StoredLeaf;
import org.missionledger.ledger.log.TreeStore;
import org.missionledger.platform.pages.LedgerCheckpoints;
import org.missionledger.platform.pages.LedgerLeaves;
import org.missionledger.platform.pages.LedgerWitnesses;
import org.springframework.stereotype.Component;

/** What the pages (audit trail, dossier) show of the transparency log: the latest checkpoint and events' leaves. */
@Component
class LogForPages implements LedgerCheckpoints, LedgerLeaves, LedgerWitnesses {

    private final TreeStore tree;
    private final CheckpointStore checkpoints;
    private final Cosignatures cosignatures;

    LogForPages(TreeStore tree, CheckpointStore checkpoints, Cosignatures cosignatures) {
        this.tree = tree;
        this.checkpoints = checkpoints;
        this.cosignatures = cosignatures;
    }

    @Override
    public Optional<Checkpoint> latest() {
        return checkpoints.latest().map(c -> new Checkpoint(c.size(), cosignatures.cosignedNote(c), c.signedAt()));
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

    @Override
    public java.util.List<Mark> of(long treeSize) {
        return marks(cosignatures, treeSize);
    }

    static java.util.List<Mark> marks(Cosignatures cosignatures, long treeSize) {
        return cosignatures.marks(java.util.List.of(treeSize)).get(treeSize).stream()
                .map(m -> new Mark(m.witness(), m.key(), m.cosigned(), m.cosignedAt(), m.lastError()))
                .toList();
    }
}
