package org.missionledger.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.missionledger.ledger.log.EventLineWriter;
import org.missionledger.platform.eventstore.EventLog;
import org.missionledger.platform.eventstore.StoredEvent;
import org.missionledger.platform.projection.ReadModelStatus;
import org.missionledger.platform.web.QueryParams;
import org.missionledger.platform.web.QueryResults;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The complete event history as JSON Lines ({@link EventLineWriter}), in global order, streamed from the event store in windows of
 * {@value #WINDOW} events (never built in memory). The export stops at the head of the event store as it was when the
 * request arrived ({@code X-Ledger-Head}), so it is a consistent prefix of the ledger.
 */
@RestController
@Tag(name = "Audit")
class EventExportController {

    static final MediaType JSON_LINES = new MediaType("application", "jsonl", StandardCharsets.UTF_8);
    private static final int WINDOW = 1000;

    private final EventLog eventLog;

    EventExportController(EventLog eventLog) {
        this.eventLog = eventLog;
    }

    @Operation(summary = "Every event, exactly as stored, one JSON object per line (see docs/api.md)")
    @GetMapping(path = "/api/export/events.jsonl")
    ResponseEntity<StreamingResponseBody> export(
            @Parameter(description = "start after this global position (default 0: from the first event)")
                    @RequestParam(required = false)
                    String after) {
        long start = QueryParams.longValue("after", after, 0, 0, Long.MAX_VALUE);
        long head = eventLog.headIndex();
        StreamingResponseBody body = out -> write(out, start, head);
        HttpHeaders headers = QueryResults.headers(ReadModelStatus.fromEvents(head));
        headers.set(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"events.jsonl\"");
        return ResponseEntity.ok().headers(headers).contentType(JSON_LINES).body(body);
    }

    private void write(OutputStream raw, long start, long head) throws java.io.IOException {
        OutputStream out = new BufferedOutputStream(raw, 64 * 1024);
        try (EventLineWriter lines = new EventLineWriter(out)) {
            long after = start;
            while (after < head) {
                List<StoredEvent> events = eventLog.readStoredEvents(after, WINDOW);
                if (events.isEmpty()) {
                    break; // the next index is still being written: the export ends before it
                }
                for (StoredEvent e : events) {
                    if (e.globalIndex() > head) {
                        return;
                    }
                    lines.write(e);
                    after = e.globalIndex();
                }
                lines.flush();
            }
        } finally {
            out.flush();
        }
    }
}
