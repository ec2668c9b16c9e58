package org.missionledger.source.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.missionledger.common.query.ResourceNotFoundException;
import org.missionledger.mission.api.AlterationView;
import org.missionledger.mission.query.AlterationQueries;
import org.missionledger.platform.projection.ProjectionMonitor;
import org.missionledger.platform.web.CommandEndpoint;
import org.missionledger.platform.web.InvalidRequestException;
import org.missionledger.platform.web.QueryParams;
import org.missionledger.platform.web.QueryResults;
import org.missionledger.source.api.DismissSourceChange;
import org.missionledger.source.api.LinkSourceChange;
import org.missionledger.source.api.SourceAlertView;
import org.missionledger.source.api.SourceIds;
import org.missionledger.source.api.WatchedSourceView;
import org.missionledger.source.query.SourceQueries;
import org.missionledger.source.query.SourceWatchProjector;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Cited sources and their observed changes as JSON: the open alerts (unlogged changes, pages gone) beside the changes
 * log, and the two ways a recorder resolves one — link it to the alteration that records it, or mark it not material.
 */
@RestController
@Tag(name = "Sources", description = "Cited pages watched for changes; unlogged changes and how they were resolved")
class SourceAlertController {

    private final SourceQueries sources;
    private final AlterationQueries alterations;
    private final ProjectionMonitor monitor;
    private final CommandEndpoint endpoint;

    SourceAlertController(
            SourceQueries sources, AlterationQueries alterations, ProjectionMonitor monitor, CommandEndpoint endpoint) {
        this.sources = sources;
        this.alterations = alterations;
        this.monitor = monitor;
        this.endpoint = endpoint;
    }

    @Operation(summary = "Observed changes of cited pages, newest first: the open alerts, or all (status=all)")
    @GetMapping(path = "/api/changes/source-alerts", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> alerts(
            @Parameter(description = "open (default: unlogged changes and pages gone, not yet resolved) or all")
                    @RequestParam(required = false)
                    String status) {
        boolean all = "all".equals(status);
        if (status != null && !all && !"open".equals(status)) {
            throw InvalidRequestException.of("status", "must be open or all");
        }
        List<SourceAlertView> alerts = sources.alerts(!all);
        return QueryResults.json(alerts, monitor.readModel(SourceWatchProjector.NAME));
    }

    @Operation(summary = "One observed change of a cited page, with its word-diff excerpt and resolution")
    @GetMapping(
            path = "/api/changes/source-alerts/{sourceId}/{observation}",
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> alert(@PathVariable String sourceId, @PathVariable String observation) {
        SourceAlertView alert = sources.alert(sourceId(sourceId), observation(observation));
        return QueryResults.json(alert, monitor.readModel(SourceWatchProjector.NAME));
    }

    @Operation(summary = "Every cited URL with what the source watch last saw of it")
    @GetMapping(path = "/api/sources", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> watched() {
        List<WatchedSourceView> watched = sources.watched();
        return QueryResults.json(watched, monitor.readModel(SourceWatchProjector.NAME));
    }

    /** What a recorder sends to link an observed change: the alteration's number, and an optional note. */
    record LinkRequest(Long changeNumber, String note) {}

    /** What a recorder sends to mark an observed change not material: the reason. */
    record DismissRequest(String reason) {}

    @Operation(summary = "Link an observed change of a cited page to the alteration (change number) that records it")
    @PostMapping(
            path = "/api/sources/{sourceId}/observations/{observation}/link",
            consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> link(
            @PathVariable String sourceId,
            @PathVariable String observation,
            @RequestBody LinkRequest body,
            HttpServletRequest request) {
        String id = sourceId(sourceId);
        LinkSourceChange command =
                linkCommand(id, observation(observation), body.changeNumber(), body.note(), alterations);
        return endpoint.update(command, id, null, request);
    }

    @Operation(summary = "Mark an observed change of a cited page as not material, with the reason")
    @PostMapping(
            path = "/api/sources/{sourceId}/observations/{observation}/dismissal",
            consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> dismiss(
            @PathVariable String sourceId,
            @PathVariable String observation,
            @RequestBody DismissRequest body,
            HttpServletRequest request) {
        String id = sourceId(sourceId);
        return endpoint.update(new DismissSourceChange(id, observation(observation), body.reason()), id, null, request);
    }

    /**
     * The link command for a change number: the alteration's event and mission are filled in from the number; an
     * unknown number is a field error.
     */
    static LinkSourceChange linkCommand(
            String sourceId, int observation, Long changeNumber, String note, AlterationQueries alterations) {
        if (changeNumber == null || changeNumber < 1) {
            throw InvalidRequestException.of("changeNumber", "must be the number of a recorded change (see /changes)");
        }
        AlterationView alteration;
        try {
            alteration = alterations.alteration(changeNumber);
        } catch (ResourceNotFoundException e) {
            throw InvalidRequestException.of("changeNumber", "is not the number of a recorded change (see /changes)");
        }
        return new LinkSourceChange(
                sourceId,
                observation,
                changeNumber,
                alteration.eventId(),
                alteration.missionId(),
                note == null || note.isBlank() ? null : note.strip());
    }

    static String sourceId(String sourceId) {
        if (sourceId == null || !sourceId.matches(SourceIds.PATTERN)) {
            throw new ResourceNotFoundException("There is no source '" + sourceId
                    + "': a source id is the SHA-256 of its URL (64 hex characters).");
        }
        return sourceId;
    }

    static int observation(String observation) {
        return QueryParams.integer("observation", observation, 1, 1, Integer.MAX_VALUE);
    }
}
