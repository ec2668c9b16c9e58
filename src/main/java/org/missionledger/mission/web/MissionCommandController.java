package org.missionledger.mission.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.missionledger.mission.api.AssignAccountability;
import org.missionledger.mission.api.CorrectMissionRecord;
import org.missionledger.mission.api.DeclareMission;
import org.missionledger.mission.api.DropMission;
import org.missionledger.mission.api.DropTarget;
import org.missionledger.mission.api.EndAccountability;
import org.missionledger.mission.api.MarkMissionAchieved;
import org.missionledger.mission.api.NoteMission;
import org.missionledger.mission.api.ReassignAccountability;
import org.missionledger.mission.api.ReinstateTarget;
import org.missionledger.mission.api.ReviseTarget;
import org.missionledger.mission.api.RewordMission;
import org.missionledger.mission.api.SetTarget;
import org.missionledger.mission.api.SupersedeMission;
import org.missionledger.mission.api.SupersedeTarget;
import org.missionledger.platform.web.CommandEndpoint;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Recording what bodies commit to and change: missions, targets and accountability. Each endpoint takes the command's
 * JSON (identifiers from the path may be left out of the body) and answers with the new version as an ETag.
 */
@RestController
@RequestMapping(path = "/api/missions", consumes = MediaType.APPLICATION_JSON_VALUE)
class MissionCommandController {

    private final CommandEndpoint endpoint;

    MissionCommandController(CommandEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    @PostMapping
    ResponseEntity<?> declare(@RequestBody DeclareMission body, HttpServletRequest request) {
        String missionId = endpoint.newId(body.missionId(), request);
        DeclareMission command = CommandEndpoint.bind(body, Map.of("missionId", missionId));
        return endpoint.create(command, missionId, "/api/missions/" + missionId, request);
    }

    @PostMapping("/{missionId}/rewordings")
    ResponseEntity<?> reword(
            @PathVariable String missionId, @RequestBody RewordMission body, HttpServletRequest request) {
        return endpoint.update(CommandEndpoint.bind(body, ids(missionId)), missionId, null, request);
    }

    @PostMapping("/{missionId}/notes")
    ResponseEntity<?> note(@PathVariable String missionId, @RequestBody NoteMission body, HttpServletRequest request) {
        return endpoint.update(CommandEndpoint.bind(body, ids(missionId)), missionId, null, request);
    }

    @PostMapping("/{missionId}/achievement")
    ResponseEntity<?> achieve(
            @PathVariable String missionId, @RequestBody MarkMissionAchieved body, HttpServletRequest request) {
        return endpoint.update(CommandEndpoint.bind(body, ids(missionId)), missionId, null, request);
    }

    @PostMapping("/{missionId}/drop")
    ResponseEntity<?> drop(@PathVariable String missionId, @RequestBody DropMission body, HttpServletRequest request) {
        return endpoint.update(CommandEndpoint.bind(body, ids(missionId)), missionId, null, request);
    }

    @PostMapping("/{missionId}/supersession")
    ResponseEntity<?> supersede(
            @PathVariable String missionId, @RequestBody SupersedeMission body, HttpServletRequest request) {
        return endpoint.update(CommandEndpoint.bind(body, ids(missionId)), missionId, null, request);
    }

    @PostMapping("/{missionId}/targets")
    ResponseEntity<?> setTarget(
            @PathVariable String missionId, @RequestBody SetTarget body, HttpServletRequest request) {
        String targetId = endpoint.newId(body.targetId(), request);
        SetTarget command = CommandEndpoint.bind(body, Map.of("missionId", missionId, "targetId", targetId));
        return endpoint.update(command, missionId, "/api/missions/" + missionId + "/targets/" + targetId, request);
    }

    @PostMapping("/{missionId}/targets/{targetId}/revisions")
    ResponseEntity<?> reviseTarget(
            @PathVariable String missionId,
            @PathVariable String targetId,
            @RequestBody ReviseTarget body,
            HttpServletRequest request) {
        return endpoint.update(CommandEndpoint.bind(body, ids(missionId, targetId)), missionId, null, request);
    }

    @PostMapping("/{missionId}/targets/{targetId}/drop")
    ResponseEntity<?> dropTarget(
            @PathVariable String missionId,
            @PathVariable String targetId,
            @RequestBody DropTarget body,
            HttpServletRequest request) {
        return endpoint.update(CommandEndpoint.bind(body, ids(missionId, targetId)), missionId, null, request);
    }

    @PostMapping("/{missionId}/targets/{targetId}/reinstatement")
    ResponseEntity<?> reinstateTarget(
            @PathVariable String missionId,
            @PathVariable String targetId,
            @RequestBody ReinstateTarget body,
            HttpServletRequest request) {
        return endpoint.update(CommandEndpoint.bind(body, ids(missionId, targetId)), missionId, null, request);
    }

    @PostMapping("/{missionId}/targets/{targetId}/supersession")
    ResponseEntity<?> supersedeTarget(
            @PathVariable String missionId,
            @PathVariable String targetId,
            @RequestBody SupersedeTarget body,
            HttpServletRequest request) {
        return endpoint.update(CommandEndpoint.bind(body, ids(missionId, targetId)), missionId, null, request);
    }

    @PostMapping("/{missionId}/tenures")
    ResponseEntity<?> assign(
            @PathVariable String missionId, @RequestBody AssignAccountability body, HttpServletRequest request) {
        String tenureId = endpoint.newId(body.tenureId(), request);
        AssignAccountability command = CommandEndpoint.bind(body, Map.of("missionId", missionId, "tenureId", tenureId));
        return endpoint.update(command, missionId, "/api/missions/" + missionId + "/tenures/" + tenureId, request);
    }

    @PostMapping("/{missionId}/tenures/{tenureId}/end")
    ResponseEntity<?> end(
            @PathVariable String missionId,
            @PathVariable String tenureId,
            @RequestBody EndAccountability body,
            HttpServletRequest request) {
        return endpoint.update(
                CommandEndpoint.bind(body, Map.of("missionId", missionId, "tenureId", tenureId)),
                missionId,
                null,
                request);
    }

    @PostMapping("/{missionId}/tenures/{tenureId}/reassignment")
    ResponseEntity<?> reassign(
            @PathVariable String missionId,
            @PathVariable String tenureId,
            @RequestBody ReassignAccountability body,
            HttpServletRequest request) {
        String newTenureId = endpoint.newId(body.newTenureId(), request);
        ReassignAccountability command = CommandEndpoint.bind(
                body, Map.of("missionId", missionId, "tenureId", tenureId, "newTenureId", newTenureId));
        return endpoint.update(command, missionId, "/api/missions/" + missionId + "/tenures/" + newTenureId, request);
    }

    @PostMapping("/{missionId}/corrections")
    ResponseEntity<?> correct(
            @PathVariable String missionId, @RequestBody CorrectMissionRecord body, HttpServletRequest request) {
        return endpoint.update(CommandEndpoint.bind(body, ids(missionId)), missionId, null, request);
    }

    private static Map<String, String> ids(String missionId) {
        return Map.of("missionId", missionId);
    }

    private static Map<String, String> ids(String missionId, String targetId) {
        return Map.of("missionId", missionId, "targetId", targetId);
    }
}
