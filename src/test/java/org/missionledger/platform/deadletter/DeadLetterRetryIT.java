package org.missionledger.platform.deadletter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoCollection;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.missionledger.common.api.Source;
import org.missionledger.indicator.api.DefineIndicator;
import org.missionledger.indicator.api.Frequency;
import org.missionledger.indicator.api.RecordReading;
import org.missionledger.indicator.api.ReviseReading;
import org.missionledger.mission.api.Body;
import org.missionledger.mission.api.BodyKind;
import org.missionledger.mission.api.DeclareMission;
import org.missionledger.mission.api.DropMission;
import org.missionledger.mission.api.ReviseTarget;
import org.missionledger.mission.api.SetTarget;
import org.missionledger.platform.store.LedgerStore;
import org.missionledger.support.Fixtures;
import org.missionledger.support.Http;
import org.missionledger.support.LedgerIntegrationTest;
import org.missionledger.support.ReadModel;
import org.missionledger.support.Recorder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * Dead letters with the real projectors: an event that a projection could not apply (its document was poisoned) is
 * parked; once the cause is fixed, a retry through the admin API applies it to that projection — and only that one —
 * so that every read model equals a fresh rebuild. Later events of other aggregates, which moved the shared documents
 * (the board's mission index, the alterations counter, the target-status documents) past the parked event's
 * position, must not hide it.
 */
@LedgerIntegrationTest
// a context of its own, closed after: it poisons read-model documents and needs a queue with no dead letters of other
// tests
@TestPropertySource(properties = "missionledger.test.context=dead-letter-retry")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DeadLetterRetryIT {

    @LocalServerPort
    int port;

    @Autowired
    LedgerStore store;

    final String run = UUID.randomUUID().toString().substring(0, 8);
    final Source source = new Source("Plan", "GOV.UK", "https://www.gov.uk/plan", null, null);

    @Test
    void retriedMissionDeclaredMissionDroppedAndReadingRevisedReachTheirReadModels() throws Exception {
        Http http = new Http(port);
        Recorder recorder = new Recorder(http);
        String indicator = "dl-ind-" + run;
        String kept = "dl-kept-" + run;
        String dropped = "dl-dropped-" + run;
        String declared = "dl-declared-" + run;
        String later = "dl-later-" + run;

        recorder.record(
                "/api/indicators",
                new DefineIndicator(indicator, "Share", "%", "DESNZ", null, null, Frequency.MONTHLY, null, source));
        recorder.record(
                "/api/indicators/" + indicator + "/readings",
                new RecordReading(indicator, "2024-11", new BigDecimal("40"), LocalDate.of(2025, 1, 9), null, source));
        declare(recorder, kept);
        declare(recorder, dropped);
        recorder.record(
                "/api/missions/" + kept + "/targets",
                new SetTarget(kept, "t1", Fixtures.cleanPower(indicator), source, null));
        ReadModel.awaitCaughtUp(http);

        // 1. MissionDeclared cannot be applied by the mission board: a broken document holds the mission's id.
        MongoCollection<Document> board = store.database().getCollection("mission_board");
        board.insertOne(new Document("_id", declared).append("position", "poisoned"));
        declare(recorder, declared);
        awaitParked(http, "mission-board", 1);
        // ... while another mission declared after it moves the board's index past its position.
        declare(recorder, later);
        ReadModel.awaitCaughtUp(http);
        assertThat(missionIds(http)).doesNotContain(declared).contains(later);

        // 2. MissionDropped cannot be applied by the alterations log: the mission's context document is broken.
        MongoCollection<Document> contexts = store.database().getCollection("alteration_missions");
        Document context = contexts.find(new Document("_id", dropped)).first();
        contexts.replaceOne(new Document("_id", dropped), new Document("_id", dropped).append("targets", "poisoned"));
        recorder.record("/api/missions/" + dropped + "/drop", new DropMission(dropped, "Abandoned", source, null));
        awaitParked(http, "alterations", 1);
        // ... and an alteration of another mission is recorded after it.
        recorder.record(
                "/api/missions/" + kept + "/targets/t1/revisions",
                new ReviseTarget(
                        kept,
                        "t1",
                        Fixtures.cleanPower(indicator).withField("goalValue", "90"),
                        "Realism",
                        source,
                        null));

        ReadModel.awaitCaughtUp(http);

        // 3. ReadingRevised cannot be applied by target status: its copy of the series is broken.
        MongoCollection<Document> series = store.database().getCollection("target_status_series");
        Document copy = series.find(new Document("_id", indicator)).first();
        series.replaceOne(
                new Document("_id", indicator), new Document("_id", indicator).append("readings", "poisoned"));
        recorder.record(
                "/api/indicators/" + indicator + "/reading-revisions",
                new ReviseReading(
                        indicator, "2024-11", new BigDecimal("55"), LocalDate.of(2025, 2, 13), "r", "Late", source));
        awaitParked(http, "target-status", 1);
        // ... and a later event of the mission re-evaluates the target that the indicator measures.
        recorder.record(
                "/api/missions/" + kept + "/targets/t1/revisions",
                new ReviseTarget(
                        kept,
                        "t1",
                        Fixtures.cleanPower(indicator).withField("goalValue", "95"),
                        "Realism again",
                        source,
                        null));
        ReadModel.awaitCaughtUp(http);

        // Fix the causes, then retry through the admin API.
        board.deleteOne(new Document("_id", declared));
        contexts.replaceOne(new Document("_id", dropped), context);
        series.replaceOne(new Document("_id", indicator), copy);
        for (String group : List.of("mission-board", "alterations", "target-status")) {
            JsonNode retried = http.postRaw("/api/admin/dead-letters/" + group + "/retry", "application/json", "")
                    .json();
            assertThat(retried.get("remaining").asLong()).as(group).isZero();
            assertThat(retried.get("sequencesCleared").asInt()).as(group).isEqualTo(1);
        }

        // Each event reached the read model it had failed in.
        assertThat(missionIds(http)).contains(declared, later, kept, dropped);
        assertThat(http.get("/api/missions/" + declared).status()).isEqualTo(200);
        JsonNode drops = http.get("/api/changes?mission=" + dropped).json().get("data");
        assertThat(drops).hasSize(1);
        assertThat(drops.get(0).get("kinds").get(0).asText()).isEqualTo("DROPPED");
        JsonNode target = http.get("/api/missions/" + kept).json().at("/data/targets/0/progress/reading/value");
        assertThat(target.asText()).isEqualTo("55");

        // Every read model equals a fresh rebuild: nothing was applied twice, nothing out of order.
        JsonNode report =
                http.post("/api/admin/projections/consistency-check", "").json();
        assertThat(report.get("consistent").asBoolean()).as(report.toString()).isTrue();
        JsonNode overview = http.get("/api/admin/dead-letters").json().get("processingGroups");
        overview.fields()
                .forEachRemaining(group ->
                        assertThat(group.getValue().asLong()).as(group.getKey()).isZero());
    }

    private void declare(Recorder recorder, String missionId) {
        recorder.record(
                "/api/missions",
                new DeclareMission(
                        missionId,
                        new Body("dl-" + run, "Dead-letter test body", BodyKind.NATIONAL_GOVERNMENT),
                        "Clean power",
                        "Clean power by 2030",
                        "energy",
                        LocalDate.of(2024, 7, 5),
                        null,
                        source));
    }

    private List<String> missionIds(Http http) {
        List<String> ids = new ArrayList<>();
        for (JsonNode mission :
                http.get("/api/missions?size=500&body=dl-" + run).json().get("data")) {
            ids.add(mission.get("missionId").asText());
        }
        return ids;
    }

    private static void awaitParked(Http http, String group, long count) throws InterruptedException {
        await(() -> http.get("/api/admin/dead-letters")
                        .json()
                        .at("/processingGroups/" + group)
                        .asLong()
                == count);
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Condition not met within 60 s");
            }
            Thread.sleep(100);
        }
    }
}
