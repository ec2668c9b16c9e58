package org.missionledger.source.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.missionledger.platform.axon.CurrentActor;
import org.missionledger.source.api.WatchReport;
import org.missionledger.source.watch.SourceWatch;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The source watch over HTTP (ADMIN): start a run, and follow it. A run fetches every cited URL politely, so it takes
 * a while; {@code POST} answers at once with 202 and the run's report so far, {@code GET} answers the report of the
 * run going on or the last one.
 */
@RestController
@Tag(name = "Sources", description = "Cited pages watched for changes; unlogged changes and how they were resolved")
class SourceWatchController {

    static final String PATH = "/api/admin/sources/watch";

    private final SourceWatch watch;
    private final CurrentActor actor;

    SourceWatchController(SourceWatch watch, CurrentActor actor) {
        this.watch = watch;
        this.actor = actor;
    }

    @Operation(summary = "Start a run of the source watch now (observations are recorded as the signed-in admin)")
    @PostMapping(PATH)
    ResponseEntity<WatchReport> start() {
        WatchReport started = watch.start(actor.name());
        return ResponseEntity.accepted().location(URI.create(PATH)).body(started);
    }

    @Operation(summary = "The report of the source watch's run going on, or of the last one")
    @GetMapping(PATH)
    ResponseEntity<WatchReport> current() {
        return watch.current()
                .map(ResponseEntity::ok)
                .orElseThrow(() -> new org.missionledger.common.query.ResourceNotFoundException(
                        "The source watch has not run since the server started; POST " + PATH + " starts it."));
    }

    @ExceptionHandler(SourceWatch.WatchAlreadyRunning.class)
    ResponseEntity<ProblemDetail> running(SourceWatch.WatchAlreadyRunning e) {
        ProblemDetail problem = org.missionledger.platform.web.Problems.of(
                HttpStatus.CONFLICT,
                "source-watch-running",
                "Source watch already running",
                "A run of the source watch is going on; GET " + PATH + " follows it.");
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }
}
