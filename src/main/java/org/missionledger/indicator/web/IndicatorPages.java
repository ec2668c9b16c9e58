package org.missionledger.indicator.web;

import jakarta.servlet.http.HttpServletRequest;
import org.missionledger.indicator.api.IndicatorView;
import org.missionledger.indicator.query.IndicatorQueries;
import org.missionledger.indicator.query.IndicatorSeriesProjector;
import org.missionledger.platform.pages.Breadcrumb;
import org.missionledger.platform.pages.PageContexts;
import org.missionledger.platform.pages.PageController;
import org.missionledger.platform.projection.ProjectionMonitor;
import org.missionledger.platform.projection.ReadModelStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** An indicator's page: what it measures and how, its changes of methodology, and every reading with every vintage. */
@PageController
class IndicatorPages {

    private final IndicatorQueries indicators;
    private final ProjectionMonitor monitor;
    private final PageContexts pages;

    IndicatorPages(IndicatorQueries indicators, ProjectionMonitor monitor, PageContexts pages) {
        this.indicators = indicators;
        this.monitor = monitor;
        this.pages = pages;
    }

    @GetMapping("/indicators/{indicatorId}")
    String indicator(@PathVariable String indicatorId, HttpServletRequest request, Model model) {
        ReadModelStatus data = monitor.readModel(IndicatorSeriesProjector.NAME);
        IndicatorView indicator = indicators.indicator(indicatorId);
        model.addAttribute(
                "page", pages.of(request, indicator.name(), data, new Breadcrumb("Indicator " + indicatorId, null)));
        model.addAttribute("indicator", indicator);
        model.addAttribute("series", indicators.readings(indicatorId, null));
        return "pages/indicators/indicator";
    }
}
