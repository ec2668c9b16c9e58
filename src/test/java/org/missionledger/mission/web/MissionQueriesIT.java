package org.missionledger.mission.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.missionledger.common.api.Source;
import org.missionledger.indicator.api.DefineIndicator;
import org.missionledger.indicator.api.Frequency;
import org.missionledger.indicator.api.RecordReading;
import org.missionledger.mission.api.AssignAccountability;
import org.missionledger.mission.api.Body;
import org.missionledger.mission.api.BodyKind;
import org.missionledger.mission.api.CorrectMissionRecord;
import org.missionledger.mission.api.DeclareMission;
import org.missionledger.mission.api.DropTarget;
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
 * Missions through the HTTP API: a mission is declared, its target set, weakened and dropped, its lead minister
 * reassigned with a back-dated handover recorded later — and the read side is asked about it.
 */
@LedgerIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MissionQueriesIT {

    @LocalServerPort
    int port;

    Http http;
    final String run = UUID.randomUUID().toString().substring(0, 8);
    final String mission = "clean-power-" + run;
    final String body = "uk-" + run;
    final String indicator = "share-" + run;
    String weakeningEventId;

    static Source source(String title) {
        return new Source(
                title,
                "GOV.UK",
                "https://www.gov.uk/" + title.toLowerCase().replace(' ', '-'),
                LocalDate.of(2024, 7, 1),
                null);
    }

    @BeforeAll
    void recordTheScenario() {
        http = new Http(port);
        Recorder recorder = new Recorder(http);
        TargetTerms terms = Fixtures.cleanPower(indicator);
        recorder.record(
                "/api/indicators",
                new DefineIndicator(
                        indicator,
                        "Clean share of generation",
                        "%",
                        "DESNZ",
                        null,
                        null,
                        Frequency.ANNUAL,
                        null,
                        source("Energy Trends")));
        recorder.record(
                "/api/indicators/" + indicator + "/readings",
                new RecordReading(
                        indicator,
                        "2024",
                        new BigDecimal("65"),
                        LocalDate.of(2025, 2, 27),
                        "first",
                        source("Energy Trends")));
        recorder.record(
                "/api/missions",
                new DeclareMission(
                        mission,
                        new Body(body, "UK Government", BodyKind.NATIONAL_GOVERNMENT),
                        "Clean power by 2030",
                        "Make Britain a clean energy superpower",
                        "energy",
                        LocalDate.of(2023, 2, 1),
                        LocalDate.of(2030, 12, 31),
                        source("Mission statement")));
        recorder.record(
                "/api/missions/" + mission + "/targets",
                new SetTarget(mission, "share", terms, source("Plan"), LocalDate.of(2024, 1, 15)));
        recorder.record(
                "/api/missions/" + mission + "/tenures",
                new AssignAccountability(
                        mission,
                        "alice",
                        null,
                        Fixtures.LEAD_MINISTER,
                        Fixtures.holder("Alice"),
                        LocalDate.of(2024, 1, 1),
                        source("Appointment")));
        recorder.record(
                "/api/missions/" + mission + "/tenures/alice/reassignment",
                new ReassignAccountability(
                        mission,
                        "alice",
                        "bob",
                        Fixtures.holder("Bob"),
                        LocalDate.of(2024, 6, 1),
                        "Reshuffle",
                        source("Reshuffle")));
        recorder.record(
                "/api/missions/" + mission + "/targets/share/revisions",
                new ReviseTarget(
                        mission,
                        "share",
                        terms.withField("goalValue", "90"),
                        "Costs",
                        source("Revised plan"),
                        LocalDate.of(2024, 9, 1)));
        recorder.record(
                "/api/missions/" + mission + "/targets/share/drop",
                new DropTarget(mission, "share", "Abandoned", source("Drop statement"), LocalDate.of(2024, 12, 1)));
        ReadModel.awaitCaughtUp(http);
        weakeningEventId = timelineEntry("TargetRevised").get("eventId").asText();
        recorder.record(
                "/api/missions/" + mission + "/corrections",
                new CorrectMissionRecord(
                        mission,
                        weakeningEventId,
                        Map.of("source.url", "https://www.gov.uk/revised-plan-2024"),
                        "Mistyped URL"));
        ReadModel.awaitCaughtUp(http);
    }

    JsonNode timelineEntry(String type) {
        for (JsonNode entry :
                http.get("/api/missions/" + mission + "/history").data().get("timeline")) {
            if (entry.get("type").asText().equals(type)) {
                return entry;
            }
        }
        throw new AssertionError("No " + type + " in the history of " + mission);
    }

    static List<String> holders(JsonNode accountability) {
        List<String> names = new ArrayList<>();
        accountability
                .get("holders")
                .forEach(h -> names.add(h.get("holder").get("name").asText()));
        return names;
    }

    @Test
    void aBackDatedReassignmentChangesAccountabilityButNotAsTheRecordStoodBeforeItWasRecorded() {
        String assignedAt =
                timelineEntry("AccountabilityAssigned").get("recordedAt").asText();
        String reassignedAt =
                timelineEntry("AccountabilityReassigned").get("recordedAt").asText();
        assertThat(reassignedAt).isGreaterThan(assignedAt);

        JsonNode now = http.get("/api/missions/" + mission + "/accountability?at=2024-07-01")
                .data();
        JsonNode before = http.get("/api/missions/" + mission + "/accountability?at=2024-07-01&asKnownAt=" + assignedAt)
                .data();
        assertThat(holders(now)).containsExactly("Bob");
        assertThat(holders(before)).containsExactly("Alice");
        assertThat(holders(http.get("/api/missions/" + mission + "/accountability?at=2024-03-01")
                        .data()))
                .containsExactly("Alice");
    }

    @Test
    void nobodyAccountableIsReportedAsAGap() {
        JsonNode early = http.get("/api/missions/" + mission + "/accountability?at=2023-12-01")
                .data();
        assertThat(early.get("holders")).isEmpty();
        assertThat(early.get("gaps")).hasSize(1);
        JsonNode gap = early.get("gaps").get(0);
        assertThat(gap.get("scope").asText()).isEqualTo("MISSION");
        assertThat(gap.get("role").get("kind").asText()).isEqualTo("LEAD_MINISTER");
        assertThat(gap.get("to").asText()).isEqualTo("2024-01-01");
        assertThat(gap.get("next").get("holder").get("name").asText()).isEqualTo("Alice");
    }

    @Test
    void aTargetWeakenedThenDroppedAppearsUnderBothKindsWithItsSources() {
        JsonNode weakened = http.get("/api/changes?kind=WEAKENED&body=" + body).data();
        JsonNode dropped = http.get("/api/changes?kind=DROPPED&body=" + body).data();
        assertThat(weakened).hasSize(1);
        assertThat(dropped).hasSize(1);
        assertThat(weakened.get(0).get("targetId").asText()).isEqualTo("share");
        assertThat(weakened.get(0).get("source").get("title").asText()).isEqualTo("Revised plan");
        assertThat(weakened.get(0).get("source").get("url").asText()).isEqualTo("https://www.gov.uk/revised-plan-2024");
        assertThat(weakened.get(0).get("corrections")).hasSize(1);
        assertThat(weakened.get(0).get("changes").get(0).get("field").asText()).isEqualTo("goalValue");
        assertThat(weakened.get(0).get("reason").asText()).isEqualTo("Costs");
        assertThat(weakened.get(0).get("effectiveDate").asText()).isEqualTo("2024-09-01");
        assertThat(dropped.get(0).get("source").get("title").asText()).isEqualTo("Drop statement");
        assertThat(dropped.get(0).get("kinds").get(0).asText()).isEqualTo("DROPPED");

        JsonNode both = http.get("/api/changes?kind=weakened,dropped&mission=" + mission)
                .json();
        assertThat(both.get("data")).hasSize(2);
        assertThat(both.get("page").get("totalItems").asLong()).isEqualTo(2);
        assertThat(http.get("/api/changes?kind=REINSTATED&mission=" + mission).data())
                .isEmpty();
        // the correction is not an alteration
        assertThat(http.get("/api/changes?mission=" + mission).data()).hasSize(2);
    }

    @Test
    void timeTravelToTodayAgreesWithTheProjections() {
        JsonNode board = http.get("/api/missions/" + mission).data();
        JsonNode folded = http.get("/api/missions/" + mission + "?asOf="
                        + board.get("asOf").asText())
                .data();
        assertThat(folded).isEqualTo(board);
        assertThat(board.get("targets")
                        .get(0)
                        .get("progress")
                        .get("ruleVersion")
                        .asInt())
                .isEqualTo(1);
        assertThat(board.get("accountable").get(0).get("holder").get("name").asText())
                .isEqualTo("Bob");
    }

    @Test
    void timeTravelShowsTheMissionAsItStoodOnADateAndAsTheRecordStoodAtAMoment() {
        JsonNode autumn =
                http.get("/api/missions/" + mission + "?asOf=2024-10-01").data();
        JsonNode target = autumn.get("targets").get(0);
        assertThat(target.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(new BigDecimal(target.get("terms").get("goalValue").asText()))
                .isEqualByComparingTo("90");
        assertThat(autumn.get("accountable").get(0).get("holder").get("name").asText())
                .isEqualTo("Bob");

        String beforeWeakening =
                timelineEntry("AccountabilityReassigned").get("recordedAt").asText();
        JsonNode asKnown = http.get("/api/missions/" + mission + "?asOf=2024-10-01&asKnownAt=" + beforeWeakening)
                .data();
        assertThat(new BigDecimal(asKnown.get("targets")
                        .get(0)
                        .get("terms")
                        .get("goalValue")
                        .asText()))
                .isEqualByComparingTo("95");
        assertThat(asKnown.get("asKnownAt").asText()).isEqualTo(beforeWeakening);

        assertThat(http.get("/api/missions/" + mission + "?asOf=2022-01-01").status())
                .isEqualTo(404);
    }

    @Test
    void theBoardListsMissionsPerBody() {
        JsonNode page = http.get("/api/missions?body=" + body).json();
        assertThat(page.get("data")).hasSize(1);
        assertThat(page.get("data").get(0).get("missionId").asText()).isEqualTo(mission);
        assertThat(page.get("page").get("totalItems").asLong()).isEqualTo(1);
        JsonNode targetStatus =
                http.get("/api/missions/" + mission + "/targets/share/status").data();
        assertThat(targetStatus.get("lifecycle").asText()).isEqualTo("DROPPED");
        assertThat(targetStatus.get("history")).isNotEmpty();
        targetStatus.get("history").forEach(c -> assertThat(c.get("ruleVersion").asInt())
                .isEqualTo(1));
    }

    @Test
    void theHistoryHoldsTheTimelineTheAlterationsAndTheLineage() {
        JsonNode history = http.get("/api/missions/" + mission + "/history").data();
        assertThat(history.get("timeline")).hasSize(7);
        assertThat(history.get("alterations")).hasSize(2);
        assertThat(history.get("lineage").get("chain").get(0).asText()).isEqualTo(mission);
        JsonNode revision = timelineEntry("TargetRevised");
        assertThat(revision.get("correctedBy")).hasSize(1);
        assertThat(revision.get("source").get("url").asText()).isEqualTo("https://www.gov.uk/revised-plan-2024");
    }

    @Test
    void everyAnswerSaysHowFarTheReadModelIsBehind() {
        Http.Response response = http.get("/api/missions/" + mission);
        JsonNode readModel = response.json().get("readModel");
        long head = readModel.get("head").asLong();
        assertThat(readModel.get("position").asLong()).isLessThanOrEqualTo(head);
        assertThat(readModel.get("lag").asLong())
                .isEqualTo(head - readModel.get("position").asLong());
        assertThat(readModel.get("rebuilding").asBoolean()).isFalse();
        assertThat(readModel.get("views")).isNotEmpty();
        assertThat(response.header("X-Ledger-Head")).isNotNull();
        assertThat(response.header("X-Read-Model-Position"))
                .isEqualTo(readModel.get("position").asText());
        assertThat(http.get("/api/changes.csv").header("X-Read-Model-Lag")).isNotNull();
        JsonNode folded =
                http.get("/api/missions/" + mission + "?asOf=2024-10-01").json().get("readModel");
        assertThat(folded.get("views").get(0).asText()).isEqualTo("event-store");
        assertThat(folded.get("lag").asLong()).isZero();
    }

    @Test
    void theAtomFeedsParseAsAtom() throws Exception {
        for (String path : List.of("/api/changes.atom?body=" + body, "/api/missions/" + mission + "/changes.atom")) {
            Http.Response response = http.get(path, "application/atom+xml");
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.header("Content-Type")).startsWith("application/atom+xml");
            Feed feed = (Feed) new WireFeedInput().build(new StringReader(response.body()));
            assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
            assertThat(feed.getEntries()).hasSize(2);
            Entry newest = feed.getEntries().get(0);
            assertThat(newest.getId()).startsWith("urn:missionledger:alteration:");
            assertThat(newest.getCategories()).extracting(c -> c.getTerm()).containsExactly("DROPPED");
            assertThat(newest.getSummary().getValue()).contains("Drop statement");
            // the entry's first alternate link is the change's HTML page; the JSON stays as a second alternate
            var links = newest.getAlternateLinks();
            assertThat(links.get(0).getType()).isEqualTo("text/html");
            String page = links.get(0).getHref().replaceFirst("^https?://[^/]+", "");
            assertThat(page).matches("/changes/\\d+");
            String number = page.substring("/changes/".length());
            assertThat(links.get(1).getType()).isEqualTo("application/json");
            assertThat(links.get(1).getHref()).endsWith("/api/changes/" + number);
            assertThat(http.get(page, "text/html").body()).contains("Drop statement");
            assertThat(http.get("/api/changes/" + number)
                            .json()
                            .get("data")
                            .get("number")
                            .asText())
                    .isEqualTo(number);
        }
        assertThat(http.get("/api/changes.atom", "application/atom+xml").body())
                .contains("xmlns=\"http://www.w3.org/2005/Atom\"");
    }

    @Test
    void everyListIsAlsoCsvWithAStableHeader() throws Exception {
        Map<String, String> firstColumns = Map.of(
                "/api/missions.csv?body=" + body, "missionId",
                "/api/missions/" + mission + "/history.csv", "position",
                "/api/missions/" + mission + "/accountability.csv?at=2024-07-01", "state",
                "/api/missions/" + mission + "/roster.csv", "tenureId",
                "/api/changes.csv?body=" + body, "number");
        for (Map.Entry<String, String> entry : firstColumns.entrySet()) {
            Http.Response response = http.get(entry.getKey(), "*/*");
            assertThat(response.status()).as(entry.getKey()).isEqualTo(200);
            assertThat(response.header("Content-Type")).startsWith("text/csv");
            List<Map<String, String>> rows = parseCsv(response.body());
            assertThat(rows).as(entry.getKey()).isNotEmpty();
            assertThat(response.body()).startsWith(entry.getValue() + ",");
        }
        List<Map<String, String>> changes =
                parseCsv(http.get("/api/changes?body=" + body, "text/csv").body());
        assertThat(changes).hasSize(2);
        assertThat(changes.get(1).get("kinds")).isEqualTo("WEAKENED");
        assertThat(changes.get(1).get("sourceUrl")).isEqualTo("https://www.gov.uk/revised-plan-2024");
        assertThat(changes.get(1).get("changes")).isEqualTo("goalValue: 95 -> 90");
        assertThat(http.get("/api/changes.csv").body().lines().findFirst().orElseThrow())
                .isEqualTo(org.missionledger.platform.web.QueryResults.csvHeader(
                        org.missionledger.mission.query.ChangesCsv.Row.class));
        List<Map<String, String>> roster =
                parseCsv(http.get("/api/missions/" + mission + "/roster.csv").body());
        assertThat(roster).extracting(r -> r.get("holderName")).containsExactly("Alice", "Bob");
    }

    @Test
    void badQueriesGetProblemDetails() {
        Http.Response unknown = http.get("/api/missions/no-such-mission-" + run);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.header("Content-Type")).startsWith("application/problem+json");
        assertThat(unknown.json().get("type").asText()).endsWith("/not-found");

        Http.Response badDate = http.get("/api/missions/" + mission + "/accountability?at=1-March-2025");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.json().get("errors").get(0).get("field").asText()).isEqualTo("at");

        Http.Response badKind = http.get("/api/changes?kind=WEAKENED,SOFTENED");
        assertThat(badKind.status()).isEqualTo(400);
        assertThat(badKind.json().get("errors").get(0).get("field").asText()).isEqualTo("kind");
        assertThat(badKind.json().get("errors").get(0).get("message").asText()).contains("SOFTENED");

        Http.Response badInstant = http.get("/api/missions/" + mission + "?asKnownAt=soon");
        assertThat(badInstant.status()).isEqualTo(400);
        assertThat(badInstant.body()).doesNotContain("Exception").doesNotContain("at org.");
        assertThat(http.get("/api/missions/" + mission + "/accountability?at=2024-01-01&asKnownAt=2001-01-01")
                        .status())
                .isEqualTo(404);
    }

    static List<Map<String, String>> parseCsv(String text) throws Exception {
        CsvMapper csv = new CsvMapper();
        try (MappingIterator<Map<String, String>> it = csv.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(text)) {
            return it.readAll();
        }
    }
}
