package org.missionledger.mission.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.missionledger.mission.api.AccountabilityView;
import org.missionledger.mission.api.MissionHistoryView;
import org.missionledger.mission.api.MissionView;
import org.missionledger.mission.api.RosterView;
import org.missionledger.mission.api.TargetStatusView;
import org.missionledger.mission.query.AccountabilityQueries;
import org.missionledger.mission.query.AlterationsProjector;
import org.missionledger.mission.query.MissionBoardProjector;
import org.missionledger.mission.query.MissionQueries;
import org.missionledger.mission.query.MissionTimeTravel;
import org.missionledger.mission.query.Page;
import org.missionledger.mission.query.RosterProjector;
import org.missionledger.mission.query.TargetStatusProjector;
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

/**
 * Reading missions: the board, one mission (now, or as it stood), its history, who was accountable and its targets'
 * status. Every answer says how far the views behind it are behind the event store.
 */
@RestController
@Tag(name = "Missions", description = "The mission board, time travel, history and accountability")
class MissionQueryController {

    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;
    private static final String CSV = "text/csv";

    private final MissionQueries missions;
    private final MissionTimeTravel timeTravel;
    private final AccountabilityQueries accountability;
    private final ProjectionMonitor monitor;
    private final Clock clock;

    MissionQueryController(
            MissionQueries missions,
            MissionTimeTravel timeTravel,
            AccountabilityQueries accountability,
            ProjectionMonitor monitor,
            Clock clock) {
        this.missions = missions;
        this.timeTravel = timeTravel;
        this.accountability = accountability;
        this.monitor = monitor;
        this.clock = clock;
    }

    @Operation(summary = "The mission board: every mission with body, status, wording, accountable holders and targets")
    @GetMapping(
            path = {"/api/missions", "/api/missions.csv"},
            produces = {JSON, CSV})
    ResponseEntity<?> list(
            @Parameter(description = "only missions of this body") @RequestParam(required = false) String body,
            @Parameter(description = "only bodies of this ISO 3166 jurisdiction (GB also matches GB-CMD)")
                    @RequestParam(required = false)
                    String jurisdiction,
            @Parameter(description = "only bodies at this level: INTERNATIONAL, NATIONAL, REGIONAL, LOCAL")
                    @RequestParam(required = false)
                    String level,
            @Parameter(description = "page number, from 1") @RequestParam(required = false) String page,
            @Parameter(description = "page size, 1-500 (default 50)") @RequestParam(required = false) String size,
            HttpServletRequest request) {
        int pageNumber = QueryParams.integer("page", page, 1, 1, Integer.MAX_VALUE);
        int pageSize = QueryParams.integer("size", size, 50, 1, 500);
        ReadModelStatus readModel = monitor.readModel(MissionBoardProjector.NAME, TargetStatusProjector.NAME);
        Page<MissionView> result =
                missions.missions(body, BodyParams.filter(jurisdiction, level), pageNumber, pageSize);
        if (QueryResults.wantsCsv(request)) {
            return QueryResults.csv(
                    MissionCsvRows.MissionRow.class, MissionCsvRows.missions(result.items()), readModel);
        }
        return QueryResults.json(
                result.items(), PageInfo.numbered(pageNumber, pageSize, result.totalItems()), readModel);
    }

    @Operation(
            summary = "One mission: as it stands, or as it stood on a date as the record stood at a moment",
            description = "With asOf or asKnownAt, the mission is folded from its events (time travel).")
    @GetMapping(path = "/api/missions/{missionId}", produces = JSON)
    ResponseEntity<?> one(
            @PathVariable String missionId,
            @Parameter(description = "the date (valid time), e.g. 2025-03-01") @RequestParam(required = false)
                    String asOf,
            @Parameter(
                            description =
                                    "the moment of the record (transaction time), e.g. 2025-03-01T12:00:00Z; a date "
                                            + "means the end of that day (UTC)")
                    @RequestParam(required = false)
                    String asKnownAt) {
        LocalDate date = QueryParams.date("asOf", asOf);
        Instant knownAt = QueryParams.instant("asKnownAt", asKnownAt);
        if (date == null && knownAt == null) {
            ReadModelStatus readModel = monitor.readModel(MissionBoardProjector.NAME, TargetStatusProjector.NAME);
            return QueryResults.json(missions.mission(missionId), readModel);
        }
        ReadModelStatus readModel = ReadModelStatus.fromEvents(monitor.head());
        MissionView view = timeTravel.mission(missionId, date != null ? date : LocalDate.now(clock), knownAt);
        return QueryResults.json(view, readModel);
    }

    @Operation(summary = "A mission's history: every event, its alterations and its lineage")
    @GetMapping(
            path = {"/api/missions/{missionId}/history", "/api/missions/{missionId}/history.csv"},
            produces = {JSON, CSV})
    ResponseEntity<?> history(@PathVariable String missionId, HttpServletRequest request) {
        ReadModelStatus readModel = monitor.readModel(MissionBoardProjector.NAME, AlterationsProjector.NAME);
        MissionHistoryView history = missions.history(missionId);
        if (QueryResults.wantsCsv(request)) {
            return QueryResults.csv(
                    MissionCsvRows.TimelineRow.class, MissionCsvRows.timeline(history.timeline()), readModel);
        }
        return QueryResults.json(history, readModel);
    }

    @Operation(
            summary = "Who held each role for the mission and its targets on a date, as the record stood at a "
                    + "moment; roles nobody held are reported as gaps")
    @GetMapping(
            path = {"/api/missions/{missionId}/accountability", "/api/missions/{missionId}/accountability.csv"},
            produces = {JSON, CSV})
    ResponseEntity<?> accountability(
            @PathVariable String missionId,
            @Parameter(description = "the date (default today)") @RequestParam(required = false) String at,
            @Parameter(description = "the moment of the record (default now); a date means the end of that day")
                    @RequestParam(required = false)
                    String asKnownAt,
            HttpServletRequest request) {
        LocalDate date = QueryParams.date("at", at);
        Instant knownAt = QueryParams.instant("asKnownAt", asKnownAt);
        ReadModelStatus readModel = monitor.readModel(RosterProjector.NAME);
        AccountabilityView view =
                accountability.accountability(missionId, date != null ? date : LocalDate.now(clock), knownAt);
        if (QueryResults.wantsCsv(request)) {
            return QueryResults.csv(
                    MissionCsvRows.AccountabilityRow.class, MissionCsvRows.accountability(view), readModel);
        }
        return QueryResults.json(view, readModel);
    }

    @Operation(summary = "The accountability roster: every tenure with every recorded state of it")
    @GetMapping(
            path = {"/api/missions/{missionId}/roster", "/api/missions/{missionId}/roster.csv"},
            produces = {JSON, CSV})
    ResponseEntity<?> roster(
            @PathVariable String missionId,
            @Parameter(description = "the moment of the record (default now)") @RequestParam(required = false)
                    String asKnownAt,
            HttpServletRequest request) {
        Instant knownAt = QueryParams.instant("asKnownAt", asKnownAt);
        ReadModelStatus readModel = monitor.readModel(RosterProjector.NAME);
        RosterView roster = accountability.rosterView(missionId, knownAt);
        if (QueryResults.wantsCsv(request)) {
            return QueryResults.csv(MissionCsvRows.TenureRow.class, MissionCsvRows.roster(roster), readModel);
        }
        return QueryResults.json(roster, readModel);
    }

    @Operation(summary = "A target's progress now, as last recorded, and every change of status with its rule version")
    @GetMapping(path = "/api/missions/{missionId}/targets/{targetId}/status", produces = JSON)
    ResponseEntity<?> targetStatus(@PathVariable String missionId, @PathVariable String targetId) {
        ReadModelStatus readModel = monitor.readModel(TargetStatusProjector.NAME);
        TargetStatusView view = missions.targetStatus(missionId, targetId);
        return QueryResults.json(view, readModel);
    }
}
