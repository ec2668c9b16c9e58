package org.missionledger.ledger.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.missionledger.ledger.checkpoint.CheckpointStore;
import org.missionledger.ledger.checkpoint.StoredCheckpoint;
import org.missionledger.ledger.log.LogProofs;
import org.missionledger.ledger.log.LogState;
import org.missionledger.ledger.log.StoredLeaf;
import org.missionledger.ledger.log.TreeStore;
import org.missionledger.ledger.merkle.MerkleHashes;
import org.missionledger.ledger.merkle.MerkleVerifier;
import org.missionledger.ledger.merkle.ProofVerificationException;
import org.missionledger.platform.pages.Breadcrumb;
import org.missionledger.platform.pages.PageContexts;
import org.missionledger.platform.pages.PageController;
import org.missionledger.platform.pages.PageNotFound;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * One event's inclusion proof as a page: its leaf, the proof worked step by step up to the root, and the signed
 * checkpoint that root belongs to, so that a reader can follow (or redo by hand) why the event is in the history the
 * operator signed.
 */
@PageController
class InclusionProofPages {

    private final TreeStore tree;
    private final LogProofs proofs;
    private final CheckpointStore checkpoints;
    private final PageContexts pages;

    InclusionProofPages(TreeStore tree, LogProofs proofs, CheckpointStore checkpoints, PageContexts pages) {
        this.tree = tree;
        this.proofs = proofs;
        this.checkpoints = checkpoints;
        this.pages = pages;
    }

    @GetMapping("/audit/events/{eventId}/proof")
    ModelAndView proof(
            @PathVariable String eventId, @RequestParam(required = false) String treeSize, HttpServletRequest request) {
        LogState state = tree.state();
        StoredLeaf leaf = tree.leafByEventId(eventId)
                .filter(l -> l.leafIndex() < state.size())
                .orElseThrow(() -> new PageNotFound("No event '" + eventId + "' is in the transparency log: the "
                        + "address may be mistyped, or the event was recorded so recently that the log has not "
                        + "added it yet (that takes a moment)."));
        StoredCheckpoint latest = checkpoints.latest().orElse(null);
        long size;
        if (treeSize == null || treeSize.isBlank()) {
            size = latest != null && leaf.leafIndex() < latest.size() ? latest.size() : state.size();
        } else {
            try {
                size = Long.parseLong(treeSize.strip());
            } catch (NumberFormatException e) {
                return refused(request, "Tree size must be a whole number, such as the size in your checkpoint.");
            }
            if (size <= leaf.leafIndex()) {
                return refused(
                        request,
                        "This event is leaf " + leaf.leafIndex() + ", so a tree of " + size
                                + " events does not contain it: a checkpoint of more than " + leaf.leafIndex()
                                + " events does.");
            }
            if (size > state.size()) {
                return refused(
                        request,
                        "The log has " + state.size() + " events, so a tree of " + size + " does not exist yet.");
            }
        }
        LogProofs.Inclusion inclusion = proofs.inclusion(leaf, size);
        List<InclusionProofView.Step> steps = steps(leaf.leafIndex(), size, leaf.leafHash(), inclusion.proof());
        boolean verified;
        try {
            MerkleVerifier.verifyInclusion(
                    leaf.leafIndex(), size, leaf.leafHash(), inclusion.proof(), inclusion.root());
            verified = true;
        } catch (ProofVerificationException e) {
            verified = false;
        }
        HexFormat hex = HexFormat.of();
        InclusionProofView model = new InclusionProofView(
                leaf.decoded(),
                leaf.leafIndex(),
                hex.formatHex(leaf.leaf()),
                hex.formatHex(leaf.leafHash()),
                size,
                state.size(),
                hex.formatHex(inclusion.root()),
                steps,
                checkpoints.bySize(size).orElse(null),
                latest,
                verified);
        ModelAndView page = new ModelAndView("pages/audit/proof");
        page.addObject(
                "page",
                pages.of(
                        request,
                        "Inclusion proof of event " + leaf.globalIndex(),
                        new Breadcrumb(
                                "Audit trail", "/audit?from=" + leaf.globalIndex() + "#position-" + leaf.globalIndex()),
                        new Breadcrumb("Inclusion proof", null)));
        page.addObject("proof", model);
        return page;
    }

    private ModelAndView refused(HttpServletRequest request, String message) {
        return pages.errorPage(request, HttpStatus.UNPROCESSABLE_ENTITY, "No proof for that tree size", message);
    }

    /**
     * Works the proof RFC 9162 §2.1.3.2's way, keeping each intermediate hash so the page can show the path from the
     * leaf to the root.
     */
    static List<InclusionProofView.Step> steps(long index, long size, byte[] leafHash, List<byte[]> proof) {
        HexFormat hex = HexFormat.of();
        List<InclusionProofView.Step> steps = new ArrayList<>();
        long fn = index;
        long sn = size - 1;
        byte[] r = leafHash;
        int number = 1;
        for (byte[] p : proof) {
            boolean left = (fn & 1) == 1 || fn == sn;
            if (left) {
                r = MerkleHashes.nodeHash(p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>>= 1;
                    sn >>>= 1;
                }
            } else {
                r = MerkleHashes.nodeHash(r, p);
            }
            steps.add(new InclusionProofView.Step(number++, hex.formatHex(p), left, hex.formatHex(r)));
            fn >>>= 1;
            sn >>>= 1;
        }
        return steps;
    }
}
