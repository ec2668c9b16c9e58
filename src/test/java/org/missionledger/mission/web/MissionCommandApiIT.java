package org.missionledger.mission.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.missionledger.support.Requests.assign;
import static org.missionledger.support.Requests.declareMission;
import static org.missionledger.support.Requests.reason;
import static org.missionledger.support.Requests.reviseTarget;
import static org.missionledger.support.Requests.setTarget;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.missionledger.support.Http;
import org.missionledger.support.LedgerIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The command API over real HTTP: status codes, ETags, If-Match, Idempotency-Key and problem details. */
@LedgerIntegrationTest
class MissionCommandApiIT {

    @LocalServerPort
    int port;

    @Autowired
    EventStore eventStore;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void recordsAMissionWithTwoTargetsAndAnOwner() {
        Http.Response declared = http.post("/api/missions", declareMission("clean-power"));
        assertThat(declared.status()).isEqualTo(201);
        assertThat(declared.header("Location")).isEqualTo("/api/missions/clean-power");
        assertThat(declared.header("ETag")).isEqualTo("\"0\"");
        assertThat(declared.json().get("id").asText()).isEqualTo("clean-power");

        Http.Response first = http.post(
                "/api/missions/clean-power/targets",
                setTarget("clean-power-2030", "Zero-carbon electricity by 2030", "100", "2030-12-31"));
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.header("Location")).isEqualTo("/api/missions/clean-power/targets/clean-power-2030");
        assertThat(first.header("ETag")).isEqualTo("\"1\"");
        Http.Response second = http.post(
                "/api/missions/clean-power/targets",
                setTarget("unabated-gas", "At most 5% unabated gas", "5", "2030-12-31"));
        assertThat(second.header("ETag")).isEqualTo("\"2\"");
        Http.Response owner = http.post(
                "/api/missions/clean-power/tenures",
                assign(
                        "ed-miliband",
                        "Ed Miliband",
                        "Secretary of State for Energy Security and Net Zero",
                        "2024-07-05"));
        assertThat(owner.status()).isEqualTo(201);
        assertThat(owner.header("ETag")).isEqualTo("\"3\"");

        assertThat(eventStore.readEvents("clean-power").asStream())
                .extracting(e -> e.getPayloadType().getSimpleName())
                .containsExactly("MissionDeclared", "TargetSet", "TargetSet", "AccountabilityAssigned");
        assertThat(eventStore.readEvents("clean-power").asStream())
                .allSatisfy(e -> assertThat(e.getMetaData()).containsKeys("actor", "recordedAt", "correlationId"));
    }

    @Test
    void honoursIfMatchAndAnswersAStaleVersionWith412() {
        http.post("/api/missions", declareMission("m-if-match"));
        http.post("/api/missions/m-if-match/targets", setTarget("t1", "Target one", "90", "2030-12-31"));

        Http.Response stale = http.post(
                "/api/missions/m-if-match/targets/t1/revisions",
                reviseTarget("Target one, lowered", "80", "2030-12-31"),
                "If-Match",
                "\"0\"");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.header("Content-Type")).startsWith("application/problem+json");
        assertThat(stale.json().get("type").asText()).endsWith("/stale-version");

        Http.Response current = http.post(
                "/api/missions/m-if-match/targets/t1/revisions",
                reviseTarget("Target one, lowered", "80", "2030-12-31"),
                "If-Match",
                "\"1\"");
        assertThat(current.status()).isEqualTo(200);
        assertThat(current.header("ETag")).isEqualTo("\"2\"");

        Http.Response malformed =
                http.post("/api/missions/m-if-match/drop", reason("Dropped"), "If-Match", "not-an-etag");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("errors").get(0).get("field").asText()).isEqualTo("If-Match");
    }

    @Test
    void concurrentConflictingCommandsGiveOneSuccessAndNeverTwoEvents() throws Exception {
        http.post("/api/missions", declareMission("m-race"));
        http.post("/api/missions/m-race/targets", setTarget("t1", "Target one", "90", "2030-12-31"));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        java.util.List<java.util.concurrent.Future<Http.Response>> answers = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String goal = String.valueOf(80 - i);
            answers.add(pool.submit(() -> http.post(
                    "/api/missions/m-race/targets/t1/revisions",
                    reviseTarget("Target one, revised", goal, "2030-12-31"),
                    "If-Match",
                    "\"1\"")));
        }
        java.util.List<Integer> statuses = new java.util.ArrayList<>();
        for (java.util.concurrent.Future<Http.Response> answer : answers) {
            statuses.add(answer.get(60, java.util.concurrent.TimeUnit.SECONDS).status());
        }
        pool.shutdown();
        assertThat(statuses).allMatch(s -> s == 200 || s == 409 || s == 412);
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(eventStore.readEvents("m-race").asStream()).hasSize(3);
    }

    @Test
    void aRetriedRequestWithTheSameIdempotencyKeyRecordsOnce() {
        http.post("/api/missions", declareMission("m-retry"));
        String body = setTarget("t1", "Target one", "90", "2030-12-31");

        Http.Response first = http.post("/api/missions/m-retry/targets", body, "Idempotency-Key", "key-1");
        Http.Response retry = http.post("/api/missions/m-retry/targets", body, "Idempotency-Key", "key-1");
        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.json()).isEqualTo(first.json());
        assertThat(eventStore.readEvents("m-retry").asStream()).hasSize(2);

        Http.Response reused = http.post(
                "/api/missions/m-retry/targets",
                setTarget("t2", "Another", "90", "2030-12-31"),
                "Idempotency-Key",
                "key-1");
        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.json().get("type").asText()).endsWith("/idempotency-key-reused");

        // A refused request releases its key: the client may fix the request and retry with the same key.
        Http.Response refused = http.post("/api/missions/m-retry/targets", body, "Idempotency-Key", "key-2");
        assertThat(refused.status()).isEqualTo(409);
        Http.Response fixed = http.post(
                "/api/missions/m-retry/targets",
                setTarget("t3", "Third", "90", "2030-12-31"),
                "Idempotency-Key",
                "key-2");
        assertThat(fixed.status()).isEqualTo(201);
    }

    @Test
    void answersInvalidInputWithFieldErrorsAndRecordsNothing() {
        Http.Response missingSource = http.post(
                "/api/missions",
                """
                {"missionId": "m-bad", "body": {"id": "uk", "name": "UK", "kind": "NATIONAL_GOVERNMENT"},
                 "title": "T", "statement": "S"}""");
        assertThat(missingSource.status()).isEqualTo(400);
        assertThat(missingSource.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = missingSource.json();
        assertThat(problem.get("type").asText()).isEqualTo("https://missionledger.org/problems/validation-failed");
        assertThat(problem.get("title").asText()).isEqualTo("Invalid request");
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("errors").findValuesAsText("field")).containsExactly("source");

        Http.Response badValues = http.post(
                "/api/missions",
                declareMission("Bad Id!")
                        .replace("https://www.gov.uk/government/missions", "ftp://example.org")
                        .replace("\"title\": \"Clean energy superpower\"", "\"title\": \"Bell\\u0007\""));
        assertThat(badValues.status()).isEqualTo(400);
        assertThat(badValues.json().get("errors").findValuesAsText("field"))
                .containsExactly("missionId", "source.url", "title");

        Http.Response unknownField = http.post(
                "/api/missions",
                declareMission("m-x").replace("\"policyArea\"", "\"actor\": \"someone-else\", \"policyArea\""));
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(unknownField.json().get("errors").get(0).get("field").asText())
                .isEqualTo("actor");

        Http.Response wrongType = http.post(
                "/api/missions",
                declareMission("m-y").replace("\"declaredOn\": \"2023-02-23\"", "\"declaredOn\": \"23/02/2023\""));
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.json().get("errors").get(0).get("field").asText()).isEqualTo("declaredOn");

        Http.Response malformed = http.post("/api/missions", "{\"missionId\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("type").asText()).endsWith("/malformed-json");

        Http.Response notJson = http.postRaw("/api/missions", "text/plain", "hello");
        assertThat(notJson.status()).isEqualTo(415);
        assertThat(notJson.header("Content-Type")).startsWith("application/problem+json");

        for (Http.Response response :
                java.util.List.of(missingSource, badValues, unknownField, wrongType, malformed, notJson)) {
            assertThat(response.body()).doesNotContain("Exception", "at org.", "com.fasterxml", "java.");
        }
        assertThat(eventStore.readEvents("m-bad").asStream()).isEmpty();
        assertThat(eventStore.readEvents("m-x").asStream()).isEmpty();
    }

    @Test
    void answersDomainRefusalsWithStableProblemTypes() {
        http.post("/api/missions", declareMission("m-refusals"));
        Http.Response duplicate = http.post("/api/missions", declareMission("m-refusals"));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.json().get("type").asText()).endsWith("/mission-already-declared");

        Http.Response beforeBaseline = http.post(
                "/api/missions/m-refusals/targets",
                """
                {"targetId": "t0", "terms": {"wording": "W", "baselineValue": 10, "baselineDate": "2031-01-01",
                 "unit": "%%", "deadline": "2030-12-31"}, "source": %s}"""
                        .formatted(org.missionledger.support.Requests.SOURCE));
        assertThat(beforeBaseline.status()).isEqualTo(422);
        assertThat(beforeBaseline.json().get("type").asText()).endsWith("/deadline-before-baseline");

        http.post("/api/missions/m-refusals/targets", setTarget("t1", "Target", "90", "2030-12-31"));
        assertThat(http.post("/api/missions/m-refusals/targets/t1/drop", reason("Dropped"))
                        .status())
                .isEqualTo(200);
        Http.Response again = http.post("/api/missions/m-refusals/targets/t1/drop", reason("Dropped again"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("type").asText()).endsWith("/target-already-dropped");
        assertThat(again.json().get("detail").asText()).contains("t1");

        Http.Response unknownTarget = http.post("/api/missions/m-refusals/targets/nope/drop", reason("Why"));
        assertThat(unknownTarget.status()).isEqualTo(404);
        assertThat(unknownTarget.json().get("type").asText()).endsWith("/unknown-target");

        Http.Response unknownMission = http.post("/api/missions/nobody/drop", reason("Why"));
        assertThat(unknownMission.status()).isEqualTo(404);
        assertThat(unknownMission.json().get("type").asText()).endsWith("/not-found");

        Http.Response mismatch = http.post(
                "/api/missions/m-refusals/drop",
                """
                {"missionId": "another", "reason": "x", "source": %s}"""
                        .formatted(org.missionledger.support.Requests.SOURCE));
        assertThat(mismatch.status()).isEqualTo(400);
        assertThat(mismatch.json().get("errors").get(0).get("field").asText()).isEqualTo("missionId");
    }
}
