package org.missionledger.platform.projection;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operating the read side: the status of every projection, rebuilds and the consistency check. These endpoints become
 * ADMIN-only when authentication arrives (see {@code docs/read-side.md}).
 */
@RestController
@RequestMapping("/api/admin/projections")
class ProjectionAdminController {

    private final ProjectionRebuilder rebuilder;
    private final ConsistencyChecker checker;
    private final ProjectionMonitor monitor;

    ProjectionAdminController(ProjectionRebuilder rebuilder, ConsistencyChecker checker, ProjectionMonitor monitor) {
        this.rebuilder = rebuilder;
        this.checker = checker;
        this.monitor = monitor;
    }

    /** Every projection: position, head, lag, state and rebuild progress. */
    @GetMapping
    Map<String, Object> all() {
        return Map.of("head", monitor.head(), "projections", rebuilder.status());
    }

    @GetMapping("/{name}")
    ProjectionStatus one(@PathVariable String name) {
        return monitor.status(name);
    }

    /** Starts rebuilding one projection; answers 202 with its status at once. */
    @PostMapping("/{name}/rebuild")
    ResponseEntity<ProjectionStatus> rebuild(@PathVariable String name) {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(rebuilder.rebuild(name));
    }

    /** Starts rebuilding every projection; answers 202. */
    @PostMapping("/rebuild")
    ResponseEntity<Map<String, Object>> rebuildAll() {
        List<ProjectionStatus> statuses = rebuilder.rebuildAll();
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("projections", statuses));
    }

    /** Rebuilds the named projections (all by default) into scratch collections and compares them with the live ones. */
    @PostMapping("/consistency-check")
    ConsistencyReport check(@RequestParam(name = "projection", required = false) List<String> projections) {
        return projections == null || projections.isEmpty() ? checker.check() : checker.check(projections);
    }
}
