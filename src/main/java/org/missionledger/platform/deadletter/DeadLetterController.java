package org.missionledger.platform.deadletter;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.missionledger.platform.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** ADMIN: parked events per projection; retry a projection's parked sequences; evict one parked event. */
@RestController
@RequestMapping("/api/admin/dead-letters")
class DeadLetterController {

    private final DeadLetters deadLetters;

    DeadLetterController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GetMapping
    Map<String, Object> overview() {
        Map<String, Object> groups = new LinkedHashMap<>();
        for (String group : deadLetters.groups()) {
            groups.put(group, deadLetters.count(group));
        }
        return Map.of("processingGroups", groups);
    }

    @GetMapping("/{group}")
    List<DeadLetterView> list(@PathVariable String group) {
        requireKnown(group);
        return deadLetters.list(group);
    }

    @PostMapping(path = "/{group}/retry")
    Map<String, Object> retry(@PathVariable String group) {
        requireKnown(group);
        int cleared = deadLetters.retry(group);
        return Map.of("processingGroup", group, "sequencesCleared", cleared, "remaining", deadLetters.count(group));
    }

    @PostMapping(path = "/{group}/{eventId}/evict")
    ResponseEntity<?> evict(@PathVariable String group, @PathVariable String eventId) {
        requireKnown(group);
        if (!deadLetters.evict(group, eventId)) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND)
                    .body(Problems.of(
                            HttpStatus.NOT_FOUND,
                            "not-found",
                            "Not found",
                            "No parked event '" + eventId + "' in '" + group + "'."));
        }
        return ResponseEntity.ok(Map.of("evicted", eventId, "remaining", deadLetters.count(group)));
    }

    private void requireKnown(String group) {
        if (!deadLetters.groups().contains(group)) {
            throw new DeadLetters.UnknownProcessingGroup(group);
        }
    }

    @ExceptionHandler(DeadLetters.UnknownProcessingGroup.class)
    ResponseEntity<ProblemDetail> unknown(DeadLetters.UnknownProcessingGroup e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(Problems.of(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage() + "."));
    }
}
