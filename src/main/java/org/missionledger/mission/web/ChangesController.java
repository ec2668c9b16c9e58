package org.missionledger.mission.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;
import org.missionledger.common.api.AlterationKind;
import org.missionledger.mission.api.AlterationView;
import org.missionledger.mission.query.AlterationQueries;
import org.missionledger.mission.query.AlterationsProjector;
import org.missionledger.mission.query.ChangesCsv;
import org.missionledger.mission.query.ChangesFilter;
import org.missionledger.mission.query.MissionQueries;
import org.missionledger.mission.query.Page;
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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The alterations log as JSON, CSV and Atom feeds (global, per mission, per body). */
@RestController
@Tag(name = "Changes", description = "The alterations log: what bodies changed, how, why and on what evidence")
class ChangesController {

    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;
    private static final String CSV = "text/csv";
    private static final String ATOM = "application/atom+xml";

    private final AlterationQueries alterations;
    private final MissionQueries missions;
    private final ProjectionMonitor monitor;

    private final org.missionledger.source.web.SourceAlerts sourceAlerts;

    ChangesController(
            AlterationQueries alterations,
            MissionQueries missions,
            ProjectionMonitor monitor,
            org.missionledger.source.web.SourceAlerts sourceAlerts) {
        this.alterations = alterations;
        this.missions = missions;
        this.monitor = monitor;
        this.sourceAlerts = sourceAlerts;
    }

    @Operation(summary = "The alterations log, newest first, filterable and paged")
    @GetMapping(
            path = {"/api/changes", "/api/changes.csv"},
            produces = {JSON, CSV})
    ResponseEntity<?> changes(
            @Parameter(description = "alteration kinds, comma-separated (any of them), e.g. WEAKENED,DROPPED")
                    @RequestParam(required = false)
                    List<String> kind,
            @Parameter(description = "only this body's") @RequestParam(required = false) String body,
            @Parameter(description = "only this mission's") @RequestParam(required = false) String mission,
            @Parameter(description = "recorded at or after this instant (or date: from its start, UTC)")
                    @RequestParam(required = false)
                    String since,
            @Parameter(description = "only bodies of this ISO 3166 jurisdiction (GB also matches GB-CMD)")
                    @RequestParam(required = false)
                    String jurisdiction,
            @Parameter(description = "only bodies at this level: INTERNATIONAL, NATIONAL, REGIONAL, LOCAL")
                    @RequestParam(required = false)
                    String level,
            @Parameter(description = "page number, from 1") @RequestParam(required = false) String page,
            @Parameter(description = "page size, 1-500 (default 50)") @RequestParam(required = false) String size,
            HttpServletRequest request) {
        ChangesFilter filter = filter(kind, body, mission, since, jurisdiction, level);
        int pageNumber = QueryParams.integer("page", page, 1, 1, Integer.MAX_VALUE);
        int pageSize = QueryParams.integer("size", size, 50, 1, 500);
        ReadModelStatus readModel = monitor.readModel(AlterationsProjector.NAME);
        Page<AlterationView> result = alterations.changes(filter, pageNumber, pageSize);
        if (QueryResults.wantsCsv(request)) {
            return QueryResults.csv(ChangesCsv.Row.class, ChangesCsv.rows(result.items()), readModel);
        }
        return QueryResults.json(
                result.items(), PageInfo.numbered(pageNumber, pageSize, result.totalItems()), readModel);
    }

    @Operation(summary = "One alteration by its number (its page is /changes/{number})")
    @GetMapping(path = "/api/changes/{number:\\d+}", produces = JSON)
    ResponseEntity<?> change(@PathVariable long number) {
        ReadModelStatus readModel = monitor.readModel(AlterationsProjector.NAME);
        return QueryResults.json(alterations.alteration(number), readModel);
    }

    @Operation(summary = "Atom feed of alterations (all, or filtered like /api/changes, e.g. per body)")
    @GetMapping(path = "/api/changes.atom", produces = ATOM)
    ResponseEntity<String> feed(
            @RequestParam(required = false) List<String> kind,
            @RequestParam(required = false) String body,
            @RequestParam(required = false) String mission,
            @RequestParam(required = false) String since,
            @RequestParam(required = false) String jurisdiction,
            @RequestParam(required = false) String level,
            @Parameter(description = "entries, 1-500 (default 50)") @RequestParam(required = false) String limit,
            HttpServletRequest request) {
        ChangesFilter filter = filter(kind, body, mission, since, jurisdiction, level);
        int entries = QueryParams.integer("limit", limit, 50, 1, 500);
        ReadModelStatus readModel = monitor.readModel(AlterationsProjector.NAME);
        List<AlterationView> items = alterations.changes(filter, 1, entries).items();
        String feedId = "urn:missionledger:changes"
                + (body == null ? "" : ":body:" + body)
                + (mission == null ? "" : ":mission:" + mission);
        String title = "Mission Ledger: alterations"
                + (body == null ? "" : " by " + body)
                + (mission == null ? "" : " of mission " + mission);
        // open alerts about cited pages (unlogged changes, pages gone) are not alteration kinds: listed unless kinds
        // are asked for
        var alerts = kind == null || kind.isEmpty()
                ? org.missionledger.source.web.SourceAlertFeed.entries(
                        sourceAlerts.openFor(blank(body), blank(mission)), base())
                : List.<com.rometools.rome.feed.atom.Entry>of();
        return QueryResults.atom(
                ChangesFeed.atom(feedId, title, self(request), base(), items, alerts, entries), readModel);
    }

    @Operation(summary = "Atom feed of one mission's alterations")
    @GetMapping(path = "/api/missions/{missionId}/changes.atom", produces = ATOM)
    ResponseEntity<String> missionFeed(
            @PathVariable String missionId, @RequestParam(required = false) String limit, HttpServletRequest request) {
        int entries = QueryParams.integer("limit", limit, 50, 1, 500);
        ReadModelStatus readModel = monitor.readModel(AlterationsProjector.NAME);
        String title =
                "Mission Ledger: alterations of " + missions.mission(missionId).title();
        List<AlterationView> items = alterations
                .changes(ChangesFilter.ofMission(missionId), 1, entries)
                .items();
        var alerts =
                org.missionledger.source.web.SourceAlertFeed.entries(sourceAlerts.openFor(null, missionId), base());
        return QueryResults.atom(
                ChangesFeed.atom(
                        "urn:missionledger:changes:mission:" + missionId,
                        title,
                        self(request),
                        base(),
                        items,
                        alerts,
                        entries),
                readModel);
    }

    private ChangesFilter filter(
            List<String> kind, String body, String mission, String since, String jurisdiction, String level) {
        Set<AlterationKind> kinds = QueryParams.enums("kind", kind, AlterationKind.class);
        return new ChangesFilter(kinds, blank(body), blank(mission), sinceInstant(since))
                .withBodies(missions.bodyIds(BodyParams.filter(jurisdiction, level)));
    }

    private static java.time.Instant sinceInstant(String since) {
        if (since != null && since.trim().length() == 10) {
            java.time.LocalDate date = QueryParams.date("since", since);
            return date.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        }
        return QueryParams.instant("since", since);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String self(HttpServletRequest request) {
        return ServletUriComponentsBuilder.fromRequest(request).toUriString();
    }

    private static String base() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
    }
}
