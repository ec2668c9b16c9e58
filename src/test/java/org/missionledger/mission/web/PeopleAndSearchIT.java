package org.missionledger.mission.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.missionledger.mission.api.AssignAccountability;
import org.missionledger.mission.api.Body;
import org.missionledger.mission.api.BodyKind;
import org.missionledger.mission.api.DeclareMission;
import org.missionledger.mission.api.GovernmentLevel;
import org.missionledger.mission.api.Holder;
import org.missionledger.mission.api.ReassignAccountability;
import org.missionledger.mission.api.ReviseTarget;
import org.missionledger.mission.api.SetTarget;
import org.missionledger.mission.api.TargetTerms;
import org.missionledger.support.Fixtures;
import org.missionledger.support.Http;
import org.missionledger.support.LedgerIntegrationTest;
import org.missionledger.support.ReadModel;
import org.missionledger.support.Recorder;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Search, people and the jurisdiction and level filters through the HTTP API: a local council of Camden (GB-CMD) and
 * a national government of France each declare a mission; the council's target is postponed with a reason; a person
 * with an accented name holds two posts in turn.
 */
@LedgerIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeopleAndSearchIT {

    @LocalServerPort
    int port;

    Http http;
    final String run = UUID.randomUUID().toString().substring(0, 8);
    final String council = "camden-" + run;
    final String france = "france-" + run;
    final String local = "estates-" + run;
    final String national = "ecologie-" + run;
    final String word = "zephyr" + run.replaceAll("[^a-z]", "");
    final String person = "Zoë Ångström " + run;

    @BeforeAll
    void recordTheScenario() {
        http = new Http(port);
        Recorder recorder = new Recorder(http);
        recorder.record(
                "/api/missions",
                new DeclareMission(
                        local,
                        new Body(council, "Camden Council " + run, BodyKind.LOCAL_AUTHORITY, "GB-CMD", null),
                        "Camden's estates " + run,
                        "Every estate safe and warm",
                        "housing",
                        LocalDate.of(2022, 1, 1),
                        null,
                        Fixtures.source("Camden missions")));
        recorder.record(
                "/api/missions",
                new DeclareMission(
                        national,
                        new Body(france, "Gouvernement " + run, BodyKind.NATIONAL_GOVERNMENT, "FR", null),
                        "Planification écologique " + run,
                        "Réduire les émissions",
                        "energy",
                        LocalDate.of(2023, 1, 1),
                        null,
                        Fixtures.source("Plan")));
        TargetTerms terms = Fixtures.cleanPower(null).withField("wording", "Retrofit 500 homes by 2026");
        recorder.record(
                "/api/missions/" + local + "/targets",
                new SetTarget(local, "retrofit", terms, Fixtures.source("Estates plan"), LocalDate.of(2022, 2, 1)));
        recorder.record(
                "/api/missions/" + local + "/targets/retrofit/revisions",
                new ReviseTarget(
                        local,
                        "retrofit",
                        terms.withField("deadline", "2031-12-31"),
                        "Contractor shortage and a " + word + " review",
                        Fixtures.source("Estates plan update"),
                        LocalDate.of(2024, 5, 1)));
        recorder.record(
                "/api/missions/" + local + "/tenures",
                new AssignAccountability(
                        local,
                        "lead",
                        null,
                        Fixtures.LEAD_MINISTER,
                        new Holder(person, "Cabinet Member for Housing"),
                        LocalDate.of(2022, 1, 1),
                        Fixtures.source("Appointment")));
        recorder.record(
                "/api/missions/" + local + "/tenures/lead/reassignment",
                new ReassignAccountability(
                        local,
                        "lead",
                        "lead-2",
                        new Holder("Someone Else " + run, "Cabinet Member for Housing"),
                        LocalDate.of(2024, 6, 1),
                        "Reshuffle",
                        Fixtures.source("Reshuffle")));
        recorder.record(
                "/api/missions/" + local + "/tenures",
                new AssignAccountability(
                        local,
                        "sro",
                        "retrofit",
                        new org.missionledger.mission.api.AccountableRole(
                                org.missionledger.mission.api.RoleKind.SENIOR_RESPONSIBLE_OWNER, null),
                        new Holder(person, "Leader of the Council"),
                        LocalDate.of(2024, 6, 1),
                        Fixtures.source("Appointment")));
        ReadModel.awaitCaughtUp(http);
    }

    String personId() {
        return "zoe-angstrom-" + run;
    }

    @Test
    void searchFindsMissionsTargetsPeopleAndChangeReasonsWithEveryWordInAnyCaseAndWithoutAccents() {
        JsonNode reason =
                http.get("/api/search?q=" + word.toUpperCase() + "+review").data();
        assertThat(reason.get("counts").get("CHANGE").asInt()).isEqualTo(1);
        JsonNode change = hits(reason, "CHANGE").get(0);
        assertThat(change.get("context").asText()).startsWith("Reason given: Contractor shortage and a " + word);
        assertThat(change.get("page").asText()).matches("/changes/\\d+");
        assertThat(change.get("kinds").toString()).contains("POSTPONED");
        assertThat(http.get(change.get("api").asText()).data().get("reason").asText())
                .contains(word);

        JsonNode people = http.get("/api/search?q=zoe+angstrom+" + run).data();
        assertThat(hits(people, "PERSON")).hasSize(1);
        assertThat(hits(people, "PERSON").get(0).get("page").asText()).isEqualTo("/people/" + personId());

        JsonNode accented =
                http.get("/api/search?q=planification+%C3%A9cologique+" + run).data();
        assertThat(hits(accented, "MISSION"))
                .extracting(h -> h.get("missionId").asText())
                .containsExactly(national);

        JsonNode target = http.get("/api/search?q=retrofit+500+" + run).data();
        assertThat(hits(target, "TARGET")).isEmpty(); // the run id is only in the mission's title, not the target's
        JsonNode retrofit = http.get("/api/search?q=retrofit+homes").data();
        assertThat(hits(retrofit, "TARGET"))
                .extracting(h -> h.get("page").asText())
                .contains("/missions/" + local + "/targets/retrofit");

        assertThat(http.get("/api/search?q=" + word + "+absentword").data().get("hits"))
                .isEmpty();
        assertThat(http.get("/api/search?q=").status()).isEqualTo(400);
        assertThat(http.get("/api/search?q=x&limit=0").status()).isEqualTo(400);
    }

    @Test
    void aPersonHasEveryPostTheyHeldAndWhatTheyWereAccountableForInEach() {
        JsonNode view = http.get("/api/people/" + personId()).data();
        assertThat(view.get("name").asText()).isEqualTo(person);
        JsonNode posts = view.get("posts");
        assertThat(posts).hasSize(2);
        // the most recent post first
        assertThat(posts.get(0).get("post").asText()).isEqualTo("Leader of the Council");
        assertThat(!posts.get(0).has("to") || posts.get(0).get("to").isNull()).isTrue();
        JsonNode sro = posts.get(0).get("tenures").get(0);
        assertThat(sro.get("targetId").asText()).isEqualTo("retrofit");
        assertThat(sro.get("targetWording").asText()).isEqualTo("Retrofit 500 homes by 2026");
        assertThat(posts.get(1).get("post").asText()).isEqualTo("Cabinet Member for Housing");
        assertThat(posts.get(1).get("from").asText()).isEqualTo("2022-01-01");
        assertThat(posts.get(1).get("to").asText()).isEqualTo("2024-06-01");
        assertThat(posts.get(1).get("tenures").get(0).get("missionTitle").asText())
                .isEqualTo("Camden's estates " + run);

        assertThat(http.get("/api/people/nobody-" + run).status()).isEqualTo(404);
        assertThat(http.get("/api/people").data().toString()).contains(personId());
        assertThat(http.get("/people/" + personId(), "text/html").body())
                .contains("Leader of the Council", "Cabinet Member for Housing", "s estates " + run);
    }

    @Test
    void missionsAndChangesFilterByJurisdictionAndLevel() {
        assertThat(missionIds("/api/missions?jurisdiction=GB&size=500"))
                .contains(local)
                .doesNotContain(national);
        assertThat(missionIds("/api/missions?jurisdiction=gb-cmd&size=500"))
                .contains(local)
                .doesNotContain(national);
        assertThat(missionIds("/api/missions?jurisdiction=FR&size=500")).containsExactly(national);
        assertThat(missionIds("/api/missions?level=LOCAL&body=" + council)).containsExactly(local);
        assertThat(missionIds("/api/missions?level=NATIONAL&body=" + council)).isEmpty();
        JsonNode body = http.get("/api/missions?body=" + council).data().get(0).get("body");
        assertThat(body.get("jurisdiction").asText()).isEqualTo("GB-CMD");
        assertThat(body.get("level").asText()).isEqualTo(GovernmentLevel.LOCAL.name());

        List<String> local = new ArrayList<>();
        http.get("/api/changes?level=local&size=500")
                .data()
                .forEach(c -> local.add(c.get("bodyId").asText()));
        assertThat(local).contains(council).doesNotContain(france);
        assertThat(http.get("/api/changes?jurisdiction=FR").data()).isEmpty();
        assertThat(http.get("/api/changes.atom?jurisdiction=GB-CMD", "application/atom+xml")
                        .body())
                .contains(word);

        assertThat(http.get("/api/missions?jurisdiction=United+Kingdom").status())
                .isEqualTo(400);
        assertThat(http.get("/api/changes?level=PLANETARY").status()).isEqualTo(400);
        assertThat(http.get("/?jurisdiction=GB&level=LOCAL", "text/html").body())
                .contains("s estates " + run);
    }

    private List<String> missionIds(String path) {
        List<String> ids = new ArrayList<>();
        http.get(path).data().forEach(m -> ids.add(m.get("missionId").asText()));
        return ids;
    }

    private static List<JsonNode> hits(JsonNode results, String kind) {
        List<JsonNode> hits = new ArrayList<>();
        results.get("hits").forEach(h -> {
            if (h.get("kind").asText().equals(kind)) {
                hits.add(h);
            }
        });
        return hits;
    }
}
