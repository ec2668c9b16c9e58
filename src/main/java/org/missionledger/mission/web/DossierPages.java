package org.missionledger.mission.web;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Map;
import org.missionledger.mission.query.AccountabilityQueries;
import org.missionledger.mission.query.AlterationQueries;
import org.missionledger.mission.query.AlterationsProjector;
import org.missionledger.mission.query.MissionBoardProjector;
import org.missionledger.mission.query.MissionQueries;
import org.missionledger.mission.query.RosterProjector;
import org.missionledger.mission.query.TargetStatusProjector;
import org.missionledger.platform.pages.Breadcrumb;
import org.missionledger.platform.pages.LedgerCheckpoints;
import org.missionledger.platform.pages.PageContexts;
import org.missionledger.platform.pages.PageController;
import org.missionledger.platform.projection.ProjectionMonitor;
import org.missionledger.platform.projection.ReadModelStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A mission's dossier for committee packs: a printable page (the print stylesheet drops the navigation) and the same
 * content as a PDF, each saying which ledger position and which signed checkpoint it was produced under.
 */
@PageController
class DossierPages {

    private final MissionQueries missions;
    private final AlterationQueries alterations;
    private final AccountabilityQueries accountability;
    private final ProjectionMonitor monitor;
    private final PageContexts pages;
    private final ObjectProvider<LedgerCheckpoints> checkpoints;
    private final TemplateEngine templates;
    private final Clock clock;

    DossierPages(
            MissionQueries missions,
            AlterationQueries alterations,
            AccountabilityQueries accountability,
            ProjectionMonitor monitor,
            PageContexts pages,
            ObjectProvider<LedgerCheckpoints> checkpoints,
            TemplateEngine templates,
            Clock clock) {
        this.missions = missions;
        this.alterations = alterations;
        this.accountability = accountability;
        this.monitor = monitor;
        this.pages = pages;
        this.checkpoints = checkpoints;
        this.templates = templates;
        this.clock = clock;
    }

    @GetMapping("/missions/{missionId}/dossier")
    String dossier(@PathVariable String missionId, HttpServletRequest request, Model model) {
        Dossier dossier = dossier(missionId);
        String title = "Dossier: " + dossier.mission().title();
        model.addAttribute(
                "page",
                pages.of(
                        request,
                        title,
                        dossier.data(),
                        new Breadcrumb(dossier.mission().title(), "/missions/" + missionId),
                        new Breadcrumb("Dossier", null)));
        model.addAttribute("dossier", dossier);
        return "pages/missions/dossier";
    }

    @GetMapping("/missions/{missionId}/dossier.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String missionId) {
        Dossier dossier = dossier(missionId);
        StringOutput html = new StringOutput();
        templates.render("pages/missions/dossierPdf.jte", Map.of("dossier", dossier), html);
        byte[] pdf = render(html.toString());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("dossier-" + missionId + ".pdf")
                                .build()
                                .toString())
                .body(pdf);
    }

    /** The PDF of an XHTML document, without fetching anything: every resource it could name is refused. */
    static byte[] render(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useExternalResourceAccessControl(
                    (uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.useExternalResourceAccessControl(
                    (uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            builder.withProducer("Mission Ledger");
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render the dossier as PDF", e);
        }
        return out.toByteArray();
    }

    Dossier dossier(String missionId) {
        ReadModelStatus data = monitor.readModel(
                MissionBoardProjector.NAME,
                TargetStatusProjector.NAME,
                AlterationsProjector.NAME,
                RosterProjector.NAME);
        MissionQueries.MissionWithTimeline current = missions.missionWithTimeline(missionId);
        return new Dossier(
                current.mission(),
                OriginalWording.of(current.timeline()),
                alterations.ofMission(missionId),
                accountability.rosterView(missionId, null).tenures(),
                current.timeline(),
                alterations.lineage(missionId),
                clock.instant(),
                data,
                checkpoints
                        .getIfAvailable(() -> LedgerCheckpoints.NONE)
                        .latest()
                        .orElse(null));
    }
}
