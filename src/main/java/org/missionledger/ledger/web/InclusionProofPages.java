package org.missionledger.ledger.web;

import jakarta.servlet.http.HttpServletRequest;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.missionledger.ledger.checkpoint.CheckpointStore;
import org.missionledger.ledger.checkpoint.StoredCheckpoint;
import org.missionledger.ledger.cosign.Cosignatures;
import org.missionledger.ledger.log.LogProofs;
import org.missionledger.ledger.log.LogState;
import org.missionledger.ledger.log.StoredLeaf;
import org.missionledger.ledger.log.TreeStore;
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
    private final Cosignatures cosignatures;

    InclusionProofPages(
            TreeStore tree,
            LogProofs proofs,
            CheckpointStore checkpoints,
            PageContexts pages,
            Cosignatures cosignatures) {
        this.tree = tree;
        this.proofs = proofs;
        this.checkpoints = checkpoints;
        this.pages = pages;
        this.cosignatures = cosignatures;
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
        StoredCheckpoint signed = checkpoints.bySize(size).orElse(null);
        HexFormat hex = HexFormat.of();
        List<InclusionProofView.Step> steps = new ArrayList<>();
        boolean verified;
        try {
            byte[] reached = leaf.leafHash();
            for (MerkleVerifier.InclusionStep step :
                    MerkleVerifier.inclusionPath(leaf.leafIndex(), size, leaf.leafHash(), inclusion.proof())) {
                steps.add(new InclusionProofView.Step(
                        steps.size() + 1,
                        hex.formatHex(step.sibling()),
                        step.siblingOnLeft(),
                        hex.formatHex(step.result())));
                reached = step.result();
            }
            // the proof must lead to the root, and the root must be the one the ledger signed for this size
            verified = MessageDigest.isEqual(reached, inclusion.root())
                    && (signed == null || MessageDigest.isEqual(signed.root(), inclusion.root()));
        } catch (ProofVerificationException e) {
            verified = false; // the stored tree cannot even produce a well-formed proof: the page says so
        }
        InclusionProofView model = new InclusionProofView(
                leaf.decoded(),
                leaf.leafIndex(),
                hex.formatHex(leaf.leaf()),
                hex.formatHex(leaf.leafHash()),
                size,
                state.size(),
                hex.formatHex(inclusion.root()),
                steps,
                signed,
                latest,
                verified,
                signed == null ? null : cosignatures.cosignedNote(signed),
                signed == null ? List.of() : LogForPages.marks(cosignatures, size));
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
}
