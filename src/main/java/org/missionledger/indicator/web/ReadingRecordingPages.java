package org.missionledger.indicator.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.missionledger.indicator.api.IndicatorView;
import org.missionledger.indicator.api.RecordReading;
import org.missionledger.indicator.query.IndicatorQueries;
import org.missionledger.indicator.query.IndicatorSeriesProjector;
import org.missionledger.platform.pages.Breadcrumb;
import org.missionledger.platform.pages.CommandForms;
import org.missionledger.platform.pages.Form;
import org.missionledger.platform.pages.PageContext;
import org.missionledger.platform.pages.PageContexts;
import org.missionledger.platform.pages.PageController;
import org.missionledger.platform.projection.ProjectionMonitor;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The form to record a reading (the first published value of a period), for signed-in recorders: the same command
 * and validation as the API; once recorded, back to the indicator's page.
 */
@PageController
class ReadingRecordingPages {

    static final Map<String, String> READING = Form.labels(
            "period", "Period",
            "value", "Value",
            "publishedOn", "Published on",
            "vintage", "Vintage",
            "source.title", "Source title",
            "source.publisher", "Source publisher",
            "source.url", "Source URL",
            "source.publishedOn", "Source publication date",
            "source.retrievedAt", "Retrieved",
            "source.contentSha256", "SHA-256 of the document as retrieved",
            "source.archivedUrl", "Archived copy URL");

    private final IndicatorQueries indicators;
    private final CommandForms commands;
    private final ProjectionMonitor monitor;
    private final PageContexts pages;

    ReadingRecordingPages(
            IndicatorQueries indicators, CommandForms commands, ProjectionMonitor monitor, PageContexts pages) {
        this.indicators = indicators;
        this.commands = commands;
        this.monitor = monitor;
        this.pages = pages;
    }

    @GetMapping("/record/indicators/{indicatorId}/readings/new")
    String form(@PathVariable String indicatorId, HttpServletRequest request, Model model) {
        IndicatorView indicator = indicators.indicator(indicatorId);
        Form form = Form.empty(READING);
        if (indicator.source() != null) {
            form.set("source.title", indicator.source().title())
                    .set("source.publisher", indicator.source().publisher())
                    .set("source.url", indicator.source().url());
        }
        return page(indicator, form, request, model);
    }

    @PostMapping("/record/indicators/{indicatorId}/readings/new")
    String record(
            @PathVariable String indicatorId,
            @RequestParam Map<String, String> params,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        IndicatorView indicator = indicators.indicator(indicatorId);
        Form form = Form.of(params, READING);
        RecordReading command = new RecordReading(
                indicatorId,
                form.text("period"),
                form.decimal("value"),
                form.date("publishedOn"),
                form.text("vintage"),
                form.source());
        if (commands.record(command, form)) {
            redirect.addFlashAttribute("recorded", "Reading for " + command.period() + " recorded.");
            return "redirect:/indicators/" + indicatorId;
        }
        response.setStatus(form.problem() != null && form.errors().isEmpty() ? 409 : 400);
        return page(indicator, form, request, model);
    }

    private String page(IndicatorView indicator, Form form, HttpServletRequest request, Model model) {
        String title = "Record a reading";
        PageContext page = pages.of(
                request,
                title,
                monitor.readModel(IndicatorSeriesProjector.NAME),
                new Breadcrumb("Indicator " + indicator.indicatorId(), "/indicators/" + indicator.indicatorId()),
                new Breadcrumb(title, null));
        model.addAttribute("page", form.hasErrors() ? page.withTitle("Error: " + title) : page);
        model.addAttribute("indicator", indicator);
        model.addAttribute("form", form);
        return "pages/record/reading";
    }
}
