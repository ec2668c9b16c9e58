package org.missionledger.audit.web;

import jakarta.servlet.http.HttpServletRequest;
import org.missionledger.audit.query.AuditQueries;
import org.missionledger.audit.query.AuditTrailProjector;
import org.missionledger.platform.pages.Breadcrumb;
import org.missionledger.platform.pages.LedgerCheckpoints;
import org.missionledger.platform.pages.LedgerLeaves;
import org.missionledger.platform.pages.LedgerWitnesses;
import org.missionledger.platform.pages.PageContexts;
import org.missionledger.platform.pages.PageController;
import org.missionledger.platform.projection.ProjectionMonitor;
import org.missionledger.platform.projection.ReadModelStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit trail, page by page in global order, with how to check it against the transparency log: the latest signed
 * checkpoint, the verifier key and each event's inclusion proof.
 */
@PageController
class AuditPages {

    static final int PAGE_SIZE = 50;

    private final AuditQueries audit;
    private final ProjectionMonitor monitor;
    private final PageContexts pages;
    private final ObjectProvider<LedgerCheckpoints> checkpoints;
    private final ObjectProvider<LedgerLeaves> leaves;
    private final ObjectProvider<LedgerWitnesses> witnesses;

    AuditPages(
            AuditQueries audit,
            ProjectionMonitor monitor,
            PageContexts pages,
            ObjectProvider<LedgerCheckpoints> checkpoints,
            ObjectProvider<LedgerLeaves> leaves,
            ObjectProvider<LedgerWitnesses> witnesses) {
        this.audit = audit;
        this.monitor = monitor;
        this.pages = pages;
        this.checkpoints = checkpoints;
        this.leaves = leaves;
        this.witnesses = witnesses;
    }

    @GetMapping("/audit")
    String trail(@RequestParam(required = false) String from, HttpServletRequest request, Model model) {
        ReadModelStatus data = monitor.readModel(AuditTrailProjector.NAME);
        long first = position(from);
        AuditQueries.AuditPage page = audit.page(first, PAGE_SIZE, data.position());
        long latest = Math.max(1, data.position() - PAGE_SIZE + 1);
        AuditPaging paging = new AuditPaging(
                first, first > 1 ? Math.max(1, first - PAGE_SIZE) : null, page.nextFrom(), latest, data.position());
        LedgerCheckpoints log = checkpoints.getIfAvailable();
        model.addAttribute("page", pages.of(request, "Audit trail", data, new Breadcrumb("Audit trail", null)));
        model.addAttribute("entries", page.entries());
        model.addAttribute("paging", paging);
        model.addAttribute("logPresent", log != null);
        LedgerCheckpoints.Checkpoint latestCheckpoint =
                log == null ? null : log.latest().orElse(null);
        model.addAttribute("checkpoint", latestCheckpoint);
        model.addAttribute(
                "witnessMarks",
                latestCheckpoint == null
                        ? java.util.List.of()
                        : witnesses.getIfAvailable(() -> LedgerWitnesses.NONE).of(latestCheckpoint.treeSize()));
        LedgerLeaves logLeaves = leaves.getIfAvailable();
        model.addAttribute(
                "leaves",
                logLeaves == null
                        ? java.util.Map.of()
                        : logLeaves.of(
                                page.entries().stream().map(e -> e.eventId()).toList()));
        return "pages/audit/trail";
    }

    private static long position(String from) {
        try {
            return from == null ? 1 : Math.max(1, Long.parseLong(from.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
