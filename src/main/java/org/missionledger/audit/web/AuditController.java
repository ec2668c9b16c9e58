package org.missionledger.audit.web;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.missionledger.audit.api.AuditEntryView;
import org.missionledger.audit.query.AuditQueries;
import org.missionledger.audit.query.AuditTrailProjector;
import org.missionledger.platform.projection.ProjectionMonitor;
import org.missionledger.platform.projection.ReadModelStatus;
import org.missionledger.platform.web.PageInfo;
import org.missionledger.platform.web.QueryParams;
import org.missionledger.platform.web.QueryResults;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail: every event in global order, paged by global position. */
@RestController
@Tag(name = "Audit", description = "Every event in global order, and the complete export")
class AuditController {

    private final AuditQueries audit;
    private final ProjectionMonitor monitor;

    AuditController(AuditQueries audit, ProjectionMonitor monitor) {
        this.audit = audit;
        this.monitor = monitor;
    }

    @Operation(summary = "The audit trail from a global position")
    @GetMapping(
            path = {"/api/audit", "/api/audit.csv"},
            produces = {MediaType.APPLICATION_JSON_VALUE, "text/csv"})
    ResponseEntity<?> trail(
            @Parameter(description = "first global position (default 1)") @RequestParam(required = false) String from,
            @Parameter(description = "entries, 1-1000 (default 100)") @RequestParam(required = false) String limit,
            HttpServletRequest request) {
        long first = QueryParams.longValue("from", from, 1, 1, Long.MAX_VALUE);
        int count = QueryParams.integer("limit", limit, 100, 1, 1000);
        ReadModelStatus readModel = monitor.readModel(AuditTrailProjector.NAME);
        AuditQueries.AuditPage page = audit.page(first, count, readModel.position());
        if (QueryResults.wantsCsv(request)) {
            return QueryResults.csv(AuditRow.class, rows(page.entries()), readModel);
        }
        return QueryResults.json(page.entries(), PageInfo.byPosition(first, count, page.nextFrom()), readModel);
    }

    private static List<AuditRow> rows(List<AuditEntryView> entries) {
        List<AuditRow> rows = new ArrayList<>();
        for (AuditEntryView e : entries) {
            rows.add(new AuditRow(
                    e.position(),
                    e.eventId(),
                    e.type(),
                    e.aggregateType(),
                    e.aggregateId(),
                    e.sequence(),
                    e.actor(),
                    e.recordedAt() == null ? null : e.recordedAt().toString(),
                    org.missionledger.common.api.UnknownDate.text(e.effectiveDate()),
                    e.summary(),
                    e.source() == null ? null : e.source().title(),
                    e.source() == null ? null : e.source().url(),
                    e.correctedEventId(),
                    e.correctedPosition(),
                    e.correctedBy().stream()
                            .map(AuditEntryView.EventReference::eventId)
                            .collect(Collectors.joining("; "))));
        }
        return rows;
    }

    /** One event (CSV). */
    @JsonPropertyOrder({
        "position",
        "eventId",
        "type",
        "aggregateType",
        "aggregateId",
        "sequence",
        "actor",
        "recordedAt",
        "effectiveDate",
        "summary",
        "sourceTitle",
        "sourceUrl",
        "correctedEventId",
        "correctedPosition",
        "correctedBy"
    })
    record AuditRow(
            long position,
            String eventId,
            String type,
            String aggregateType,
            String aggregateId,
            long sequence,
            String actor,
            String recordedAt,
            String effectiveDate,
            String summary,
            String sourceTitle,
            String sourceUrl,
            String correctedEventId,
            Long correctedPosition,
            String correctedBy) {}
}
