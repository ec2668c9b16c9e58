package org.missionledger.mission.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.missionledger.mission.query.AlterationsProjector;
import org.missionledger.mission.query.MissionBoardProjector;
import org.missionledger.mission.query.PeopleQueries;
import org.missionledger.mission.query.SearchQueries;
import org.missionledger.platform.projection.ProjectionMonitor;
import org.missionledger.platform.projection.ReadModelStatus;
import org.missionledger.platform.web.InvalidRequestException;
import org.missionledger.platform.web.QueryParams;
import org.missionledger.platform.web.QueryResults;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** People in the accountability record, and search across missions, targets, people and changes. */
@RestController
@Tag(name = "People and search", description = "Who held which post and was accountable for what; search")
class PeopleController {

    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;

    private final PeopleQueries people;
    private final SearchQueries search;
    private final ProjectionMonitor monitor;

    PeopleController(PeopleQueries people, SearchQueries search, ProjectionMonitor monitor) {
        this.people = people;
        this.search = search;
        this.monitor = monitor;
    }

    @Operation(summary = "Everyone ever accountable, by name, with the posts they held")
    @GetMapping(path = "/api/people", produces = JSON)
    ResponseEntity<?> people() {
        return QueryResults.json(people.people(), monitor.readModel(MissionBoardProjector.NAME));
    }

    @Operation(summary = "One person: every post they held, when, and what they were accountable for in each tenure")
    @GetMapping(path = "/api/people/{personId}", produces = JSON)
    ResponseEntity<?> person(@PathVariable String personId) {
        return QueryResults.json(people.person(personId), monitor.readModel(MissionBoardProjector.NAME));
    }

    @Operation(summary = "Search missions, targets, people and changes: every word must occur in what is found")
    @GetMapping(path = "/api/search", produces = JSON)
    ResponseEntity<?> search(
            @Parameter(description = "the words to find, e.g. clean power") @RequestParam(required = false) String q,
            @Parameter(description = "at most this many hits of each kind, 1-200 (default 50)")
                    @RequestParam(required = false)
                    String limit) {
        if (q == null || q.isBlank()) {
            throw InvalidRequestException.of("q", "must not be blank");
        }
        if (q.length() > 200) {
            throw InvalidRequestException.of("q", "must be at most 200 characters");
        }
        int max = QueryParams.integer("limit", limit, 50, 1, 200);
        ReadModelStatus readModel = monitor.readModel(MissionBoardProjector.NAME, AlterationsProjector.NAME);
        return QueryResults.json(search.search(q, max), readModel);
    }
}
