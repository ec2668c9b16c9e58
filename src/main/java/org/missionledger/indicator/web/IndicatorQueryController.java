package org.missionledger.indicator.web;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.missionledger.common.api.Source;
import org.missionledger.indicator.api.IndicatorView;
import org.missionledger.indicator.api.ReadingSeriesView;
import org.missionledger.indicator.api.ReadingView;
import org.missionledger.indicator.api.VintageKind;
import org.missionledger.indicator.api.VintageView;
import org.missionledger.indicator.query.IndicatorQueries;
import org.missionledger.indicator.query.IndicatorSeriesProjector;
import org.missionledger.platform.projection.ProjectionMonitor;
import org.missionledger.platform.projection.ReadModelStatus;
import org.missionledger.platform.web.PageInfo;
import org.missionledger.platform.web.QueryParams;
import org.missionledger.platform.web.QueryResults;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reading indicators and their series, with every vintage, as published at any moment. */
@RestController
@Tag(name = "Indicators", description = "Statistical series, their readings and every vintage")
class IndicatorQueryController {

    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;
    private static final String CSV = "text/csv";

    private final IndicatorQueries indicators;
    private final ProjectionMonitor monitor;

    IndicatorQueryController(IndicatorQueries indicators, ProjectionMonitor monitor) {
        this.indicators = indicators;
        this.monitor = monitor;
    }

    @Operation(summary = "Every indicator, in id order")
    @GetMapping(
            path = {"/api/indicators", "/api/indicators.csv"},
            produces = {JSON, CSV})
    ResponseEntity<?> list(
            @RequestParam(required = false) String page,
            @RequestParam(required = false) String size,
            HttpServletRequest request) {
        int pageNumber = QueryParams.integer("page", page, 1, 1, Integer.MAX_VALUE);
        int pageSize = QueryParams.integer("size", size, 50, 1, 500);
        ReadModelStatus readModel = monitor.readModel(IndicatorSeriesProjector.NAME);
        IndicatorQueries.IndicatorPage result = indicators.indicators(pageNumber, pageSize);
        if (QueryResults.wantsCsv(request)) {
            List<IndicatorRow> rows = new ArrayList<>();
            for (IndicatorView i : result.items()) {
                rows.add(new IndicatorRow(
                        i.indicatorId(),
                        i.name(),
                        i.unit(),
                        i.publisher(),
                        i.frequency() == null ? null : i.frequency().name(),
                        i.seriesCode(),
                        i.periods(),
                        i.latestPeriod(),
                        i.methodologyChanges().size()));
            }
            return QueryResults.csv(IndicatorRow.class, rows, readModel);
        }
        return QueryResults.json(
                result.items(), PageInfo.numbered(pageNumber, pageSize, result.totalItems()), readModel);
    }

    @Operation(summary = "One indicator: what it measures, how, and every change of methodology")
    @GetMapping(path = "/api/indicators/{indicatorId}", produces = JSON)
    ResponseEntity<?> one(@PathVariable String indicatorId) {
        ReadModelStatus readModel = monitor.readModel(IndicatorSeriesProjector.NAME);
        return QueryResults.json(indicators.indicator(indicatorId), readModel);
    }

    @Operation(
            summary = "The series as published at a moment: every period with its first-published and latest "
                    + "vintage, every revision and withdrawal")
    @GetMapping(
            path = {"/api/indicators/{indicatorId}/readings", "/api/indicators/{indicatorId}/readings.csv"},
            produces = {JSON, CSV})
    ResponseEntity<?> readings(
            @PathVariable String indicatorId,
            @Parameter(
                            description =
                                    "the moment (default now), e.g. 2025-03-01T12:00:00Z; a date means the end of "
                                            + "that day (UTC)")
                    @RequestParam(required = false)
                    String asKnownAt,
            HttpServletRequest request) {
        Instant knownAt = QueryParams.instant("asKnownAt", asKnownAt);
        ReadModelStatus readModel = monitor.readModel(IndicatorSeriesProjector.NAME);
        ReadingSeriesView series = indicators.readings(indicatorId, knownAt);
        if (QueryResults.wantsCsv(request)) {
            return QueryResults.csv(VintageRow.class, rows(series), readModel);
        }
        return QueryResults.json(series, readModel);
    }

    private static List<VintageRow> rows(ReadingSeriesView series) {
        List<VintageRow> rows = new ArrayList<>();
        for (ReadingView reading : series.readings()) {
            for (int i = 0; i < reading.vintages().size(); i++) {
                VintageView v = reading.vintages().get(i);
                Source s = v.source();
                rows.add(new VintageRow(
                        series.indicatorId(),
                        reading.period(),
                        str(reading.periodStart()),
                        str(reading.periodEnd()),
                        v.kind().name(),
                        v.value() == null
                                ? null
                                : v.value().stripTrailingZeros().toPlainString(),
                        v.vintage(),
                        v.publishedOn() == null && v.kind() != VintageKind.WITHDRAWN
                                ? org.missionledger.common.api.UnknownDate.TEXT
                                : str(v.publishedOn()),
                        str(v.recordedAt()),
                        i == reading.vintages().size() - 1,
                        v.reason(),
                        s == null ? null : s.title(),
                        s == null ? null : s.publisher(),
                        s == null ? null : s.url(),
                        v.corrections().size(),
                        v.eventId(),
                        v.position()));
            }
        }
        return rows;
    }

    private static String str(Object value) {
        return value == null ? null : value.toString();
    }

    /** One indicator (CSV). */
    @JsonPropertyOrder({
        "indicatorId",
        "name",
        "unit",
        "publisher",
        "frequency",
        "seriesCode",
        "periods",
        "latestPeriod",
        "methodologyChanges"
    })
    record IndicatorRow(
            String indicatorId,
            String name,
            String unit,
            String publisher,
            String frequency,
            String seriesCode,
            int periods,
            String latestPeriod,
            int methodologyChanges) {}

    /** One vintage of one period (CSV): a series as published, one line per published value or withdrawal. */
    @JsonPropertyOrder({
        "indicatorId",
        "period",
        "periodStart",
        "periodEnd",
        "kind",
        "value",
        "vintage",
        "publishedOn",
        "recordedAt",
        "latest",
        "reason",
        "sourceTitle",
        "sourcePublisher",
        "sourceUrl",
        "corrections",
        "eventId",
        "position"
    })
    record VintageRow(
            String indicatorId,
            String period,
            String periodStart,
            String periodEnd,
            String kind,
            String value,
            String vintage,
            String publishedOn,
            String recordedAt,
            boolean latest,
            String reason,
            String sourceTitle,
            String sourcePublisher,
            String sourceUrl,
            int corrections,
            String eventId,
            long position) {}
}
