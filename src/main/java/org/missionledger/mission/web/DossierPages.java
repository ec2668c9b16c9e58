package org.missionledger.mission.web;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.missionledger.common.query.ResourceNotFoundException;
import org.missionledger.indicator.api.ReadingSeriesView;
import org.missionledger.mission.api.AlterationView;
import org.missionledger.mission.api.TargetView;
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
    private final org.missionledger.indicator.query.IndicatorQueries indicators;

    DossierPages(
            MissionQueries missions,
            AlterationQueries alterations,
            AccountabilityQueries accountability,
            ProjectionMonitor monitor,
            PageContexts pages,
            ObjectProvider<LedgerCheckpoints> checkpoints,
            TemplateEngine templates,
            Clock clock,
            org.missionledger.indicator.query.IndicatorQueries indicators) {
        this.indicators = indicators;
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
            // nothing is fetched: only the charts, embedded in the document as data: URIs, are read
            builder.useExternalResourceAccessControl(
                    (uri, type) -> uri != null && uri.startsWith("data:image/png;base64,"),
                    ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.useExternalResourceAccessControl(
                    (uri, type) -> uri != null && uri.startsWith("data:image/png;base64,"),
                    ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            builder.withProducer("Mission Ledger");
            // DejaVu (Bitstream Vera licence, resources/fonts/DejaVu-LICENSE.txt) has every glyph the pages use
            // ("→", "−", "“”", "µ", "³", accented names), which the PDF base fonts lack
            font(builder, "DejaVuSans.ttf", "DejaVu Sans", 400, BaseRendererBuilder.FontStyle.NORMAL);
            font(builder, "DejaVuSans-Bold.ttf", "DejaVu Sans", 700, BaseRendererBuilder.FontStyle.NORMAL);
            font(builder, "DejaVuSans-Oblique.ttf", "DejaVu Sans", 400, BaseRendererBuilder.FontStyle.ITALIC);
            font(builder, "DejaVuSansMono.ttf", "DejaVu Sans Mono", 400, BaseRendererBuilder.FontStyle.NORMAL);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render the dossier as PDF", e);
        }
        return out.toByteArray();
    }

    private static void font(
            PdfRendererBuilder builder, String file, String family, int weight, BaseRendererBuilder.FontStyle style) {
        builder.useFont(
                (com.openhtmltopdf.extend.FSSupplier<java.io.InputStream>) () -> {
                    java.io.InputStream in = DossierPages.class.getResourceAsStream("/fonts/" + file);
                    if (in == null) {
                        throw new UncheckedIOException(new IOException("The font " + file + " is not in the jar"));
                    }
                    return in;
                },
                family,
                weight,
                style,
                true);
    }

    Dossier dossier(String missionId) {
        ReadModelStatus data = monitor.readModel(
                MissionBoardProjector.NAME,
                TargetStatusProjector.NAME,
                AlterationsProjector.NAME,
                RosterProjector.NAME);
        MissionQueries.MissionWithTimeline current = missions.missionWithTimeline(missionId);
        List<AlterationView> changes = alterations.ofMission(missionId);
        java.util.Map<String, String> charts = new java.util.LinkedHashMap<>();
        for (TargetView target : current.mission().targets()) {
            String indicatorId = target.terms().indicatorId();
            if (indicatorId == null) {
                continue;
            }
            try {
                ReadingSeriesView series = indicators.readings(indicatorId, null);
                TargetChart chart = TargetChart.of(
                        target.terms(),
                        series,
                        OriginalTarget.originalTerms(target.terms(), changes, target.targetId()));
                String uri = ChartImage.dataUri(chart);
                if (uri != null) {
                    charts.put(target.targetId(), uri);
                }
            } catch (ResourceNotFoundException e) {
                // an indicator not (yet) in the series view: no chart
            }
        }
        return new Dossier(
                current.mission(),
                OriginalWording.of(current.timeline()),
                changes,
                accountability.rosterView(missionId, null).tenures(),
                current.timeline(),
                alterations.lineage(missionId),
                clock.instant(),
                data,
                checkpoints
                        .getIfAvailable(() -> LedgerCheckpoints.NONE)
                        .latest()
                        .orElse(null),
                indicators.names(MissionPages.indicatorIds(current.mission())),
                charts);
    }
}
