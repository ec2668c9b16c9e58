package org.missionledger.indicator.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.missionledger.indicator.api.ChangeIndicatorMethodology;
import org.missionledger.indicator.api.CorrectIndicatorRecord;
import org.missionledger.indicator.api.DefineIndicator;
import org.missionledger.indicator.api.RecordReading;
import org.missionledger.indicator.api.ReviseReading;
import org.missionledger.indicator.api.WithdrawReading;
import org.missionledger.platform.web.CommandEndpoint;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Recording statistical series and their readings (periods travel in the body: "2023/24" contains a slash). */
@RestController
@RequestMapping(path = "/api/indicators", consumes = MediaType.APPLICATION_JSON_VALUE)
class IndicatorCommandController {

    private final CommandEndpoint endpoint;

    IndicatorCommandController(CommandEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    @PostMapping
    ResponseEntity<?> define(@RequestBody DefineIndicator body, HttpServletRequest request) {
        String indicatorId = endpoint.newId(body.indicatorId(), request);
        DefineIndicator command = CommandEndpoint.bind(body, Map.of("indicatorId", indicatorId));
        return endpoint.create(command, indicatorId, "/api/indicators/" + indicatorId, request);
    }

    @PostMapping("/{indicatorId}/methodology-changes")
    ResponseEntity<?> changeMethodology(
            @PathVariable String indicatorId,
            @RequestBody ChangeIndicatorMethodology body,
            HttpServletRequest request) {
        return endpoint.update(CommandEndpoint.bind(body, ids(indicatorId)), indicatorId, null, request);
    }

    @PostMapping("/{indicatorId}/readings")
    ResponseEntity<?> record(
            @PathVariable String indicatorId, @RequestBody RecordReading body, HttpServletRequest request) {
        return endpoint.update(CommandEndpoint.bind(body, ids(indicatorId)), indicatorId, null, request);
    }

    @PostMapping("/{indicatorId}/reading-revisions")
    ResponseEntity<?> revise(
            @PathVariable String indicatorId, @RequestBody ReviseReading body, HttpServletRequest request) {
        return endpoint.update(CommandEndpoint.bind(body, ids(indicatorId)), indicatorId, null, request);
    }

    @PostMapping("/{indicatorId}/reading-withdrawals")
    ResponseEntity<?> withdraw(
            @PathVariable String indicatorId, @RequestBody WithdrawReading body, HttpServletRequest request) {
        return endpoint.update(CommandEndpoint.bind(body, ids(indicatorId)), indicatorId, null, request);
    }

    @PostMapping("/{indicatorId}/corrections")
    ResponseEntity<?> correct(
            @PathVariable String indicatorId, @RequestBody CorrectIndicatorRecord body, HttpServletRequest request) {
        return endpoint.update(CommandEndpoint.bind(body, ids(indicatorId)), indicatorId, null, request);
    }

    private static Map<String, String> ids(String indicatorId) {
        return Map.of("indicatorId", indicatorId);
    }
}
