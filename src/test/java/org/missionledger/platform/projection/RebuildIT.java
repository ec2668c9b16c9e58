package org.missionledger.platform.projection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.missionledger.common.api.Source;
import org.missionledger.indicator.api.DefineIndicator;
import org.missionledger.indicator.api.Frequency;
import org.missionledger.indicator.api.RecordReading;
import org.missionledger.indicator.api.ReviseReading;
import org.missionledger.mission.api.AssignAccountability;
import org.missionledger.mission.api.Body;
import org.missionledger.mission.api.BodyKind;
import org.missionledger.mission.api.DeclareMission;
import org.missionledger.mission.api.ReviseTarget;
import org.missionledger.mission.api.SetTarget;
import org.missionledger.mission.api.SupersedeMission;
import org.missionledger.platform.store.LedgerStore;
import org.missionledger.support.Fixtures;
import org.missionledger.support.Http;
import org.missionledger.support.LedgerIntegrationTest;
import org.missionledger.support.ReadModel;
import org.missionledger.support.Recorder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Rebuilding every projection from the first event reproduces the same read models; the check agrees. */
@LedgerIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RebuildIT {

    @LocalServerPort
    int port;

    @Autowired
    LedgerStore store;

    @Autowired
    ProjectionMonitor monitor;

    Http http;
    final String run = UUID.randomUUID().toString().substring(0, 8);

    @BeforeAll
    void record() {
        http = new Http(port);
        Recorder recorder = new Recorder(http);
        Source source = new Source("Plan", "GOV.UK", "https://www.gov.uk/plan", null, null);
        String indicator = "waiting-list-" + run;
        String first = "nhs-" + run;
        String second = "nhs-2-" + run;
        recorder.record(
                "/api/indicators",
                new DefineIndicator(
                        indicator,
                        "Waiting list",
                        "people",
                        "NHS England",
                        null,
                        null,
                        Frequency.MONTHLY,
                        null,
                        source));
        recorder.record(
                "/api/indicators/" + indicator + "/readings",
                new RecordReading(
                        indicator, "2024-11", new BigDecimal("7500000"), LocalDate.of(2025, 1, 9), null, source));
        recorder.record(
                "/api/indicators/" + indicator + "/reading-revisions",
                new ReviseReading(
                        indicator,
                        "2024-11",
                        new BigDecimal("7480000"),
                        LocalDate.of(2025, 2, 13),
                        "r",
                        "Late returns",
                        source));
        for (String mission : List.of(first, second)) {
            recorder.record(
                    "/api/missions",
                    new DeclareMission(
                            mission,
                            new Body("nhs-" + run, "Department of Health", BodyKind.NATIONAL_GOVERNMENT),
                            "Waiting lists",
                            "Cut waiting lists",
                            "health",
                            LocalDate.of(2024, 7, 5),
                            null,
                            source));
        }
        recorder.record(
                "/api/missions/" + first + "/targets",
                new SetTarget(
                        first,
                        "wl",
                        Fixtures.cleanPower(indicator)
                                .withField("comparator", "AT_MOST")
                                .withField("baselineValue", "7600000")
                                .withField("goalValue", "6000000")
                                .withField("unit", "people"),
                        source,
                        null));
        recorder.record(
                "/api/missions/" + first + "/tenures",
                new AssignAccountability(
                        first,
                        "sos",
                        "wl",
                        Fixtures.LEAD_MINISTER,
                        Fixtures.holder("Wes"),
                        LocalDate.of(2024, 7, 5),
                        source));
        recorder.record(
                "/api/missions/" + first + "/targets/wl/revisions",
                new ReviseTarget(
                        first,
                        "wl",
                        Fixtures.cleanPower(indicator)
                                .withField("comparator", "AT_MOST")
                                .withField("baselineValue", "7600000")
                                .withField("goalValue", "6500000")
                                .withField("unit", "people"),
                        "Realism",
                        source,
                        null));
        recorder.record(
                "/api/missions/" + first + "/supersession",
                new SupersedeMission(first, second, "Relaunch", source, null));
        ReadModel.awaitCaughtUp(http);
    }

    Map<String, List<Document>> snapshot() {
        Map<String, List<Document>> all = new LinkedHashMap<>();
        for (Projector projector : monitor.projectors()) {
            for (String collection : projector.collections()) {
                all.put(
                        collection,
                        store.database()
                                .getCollection(collection)
                                .find()
                                .sort(new Document("_id", 1))
                                .into(new java.util.ArrayList<>()));
            }
        }
        return all;
    }

    @Test
    void aFullRebuildReproducesTheSameReadModelsAndTheCheckFindsNoDifference() {
        Map<String, List<Document>> before = snapshot();
        assertThat(before.get("alterations")).isNotEmpty();

        Http.Response started = http.post("/api/admin/projections/rebuild", "");
        assertThat(started.status()).isEqualTo(202);
        long head = http.get("/api/admin/projections").json().get("head").asLong();
        for (JsonNode projection : started.json().get("projections")) {
            assertThat(projection.get("rebuild").get("total").asLong()).isEqualTo(head);
        }
        // queries keep being answered while the views rebuild
        Http.Response during = http.get("/api/missions?body=nhs-" + run);
        assertThat(during.status()).isEqualTo(200);
        assertThat(during.json().get("readModel").has("rebuilding")).isTrue();

        ReadModel.awaitCaughtUp(http);
        JsonNode status = http.get("/api/admin/projections/mission-board").json();
        assertThat(status.get("rebuild").get("finishedAt").isNull()).isFalse();
        assertThat(status.get("rebuild").get("percent").asDouble()).isEqualTo(100.0);
        assertThat(snapshot()).isEqualTo(before);

        JsonNode report =
                http.post("/api/admin/projections/consistency-check", "").json();
        assertThat(report.get("consistent").asBoolean()).as(report.toString()).isTrue();
        assertThat(report.get("projections")).hasSize(7);
    }

    @Test
    void theCheckReportsAViewThatNoLongerMatchesTheEvents() {
        ReadModel.awaitCaughtUp(http);
        String first = "nhs-" + run;
        var board = store.database().getCollection("mission_board");
        Document original = board.find(new Document("_id", first)).first();
        board.updateOne(new Document("_id", first), new Document("$set", new Document("title", "Tampered")));
        try {
            JsonNode report = http.post("/api/admin/projections/consistency-check?projection=mission-board", "")
                    .json();
            assertThat(report.get("consistent").asBoolean()).isFalse();
            JsonNode collection =
                    report.get("projections").get(0).get("collections").get(0);
            assertThat(collection.get("collection").asText()).isEqualTo("mission_board");
            assertThat(collection.get("different").asLong()).isEqualTo(1);
            assertThat(collection.get("differentIds").get(0).asText()).isEqualTo(first);
        } finally {
            board.replaceOne(new Document("_id", first), original);
        }
    }

    @Test
    void oneProjectionCanBeRebuiltAndUnknownOnesAre404() {
        Http.Response started = http.post("/api/admin/projections/audit-trail/rebuild", "");
        assertThat(started.status()).isEqualTo(202);
        assertThat(started.json().get("name").asText()).isEqualTo("audit-trail");
        ReadModel.awaitCaughtUp(http);
        assertThat(http.post("/api/admin/projections/no-such-view/rebuild", "").status())
                .isEqualTo(404);
        assertThat(http.get("/api/admin/projections/no-such-view").status()).isEqualTo(404);
    }

    @Test
    void theApiIsDescribedByAnOpenApiDocument() {
        JsonNode api = http.get("/v3/api-docs").json();
        assertThat(api.get("openapi").asText()).startsWith("3.");
        JsonNode paths = api.get("paths");
        for (String path : List.of(
                "/api/missions",
                "/api/missions/{missionId}",
                "/api/missions/{missionId}/history",
                "/api/missions/{missionId}/accountability",
                "/api/changes",
                "/api/changes.atom",
                "/api/indicators/{indicatorId}/readings",
                "/api/audit",
                "/api/export/events.jsonl")) {
            assertThat(paths.has(path)).as(path).isTrue();
        }
        assertThat(http.get("/swagger-ui/index.html", "text/html").status()).isEqualTo(200);
    }
}
