package org.missionledger.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.missionledger.common.api.Source;
import org.missionledger.exchange.export.EventExporter;
import org.missionledger.mission.api.Body;
import org.missionledger.mission.api.BodyKind;
import org.missionledger.mission.api.CorrectMissionRecord;
import org.missionledger.mission.api.DeclareMission;
import org.missionledger.mission.api.RewordMission;
import org.missionledger.support.Http;
import org.missionledger.support.LedgerIntegrationTest;
import org.missionledger.support.ReadModel;
import org.missionledger.support.Recorder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The audit trail and the JSON Lines export of the complete history. */
@LedgerIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditIT {

    @LocalServerPort
    int port;

    @Autowired
    EventExporter exporter;

    Http http;
    final String mission = "housing-" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeAll
    void record() {
        http = new Http(port);
        Recorder recorder = new Recorder(http);
        Source source = new Source("Manifesto", "Labour", "https://labour.org.uk/manifesto", null, null);
        recorder.record(
                "/api/missions",
                new DeclareMission(
                        mission,
                        new Body("camden", "Camden Council", BodyKind.LOCAL_AUTHORITY),
                        "Homes",
                        "Build 1,500 homes",
                        "housing",
                        LocalDate.of(2022, 10, 1),
                        null,
                        source));
        recorder.record(
                "/api/missions/" + mission + "/rewordings",
                new RewordMission(mission, "More homes", null, "Clarity", source, null));
        ReadModel.awaitCaughtUp(http);
        String declared = entries(mission).get(0).get("eventId").asText();
        recorder.record(
                "/api/missions/" + mission + "/corrections",
                new CorrectMissionRecord(
                        mission, declared, Map.of("policyArea", "housing and planning"), "Wrong policy area"));
        ReadModel.awaitCaughtUp(http);
    }

    /** The trail's entries of one aggregate, paging through the whole trail by position. */
    List<JsonNode> entries(String aggregateId) {
        List<JsonNode> result = new ArrayList<>();
        long from = 1;
        while (true) {
            JsonNode page = http.get("/api/audit?from=" + from + "&limit=1000").json();
            page.get("data").forEach(e -> {
                if (e.get("aggregateId").asText().equals(aggregateId)) {
                    result.add(e);
                }
            });
            JsonNode next = page.get("page").get("nextFrom");
            if (next == null || next.isNull()) {
                return result;
            }
            from = next.asLong();
        }
    }

    @Test
    void everyEventIsInTheTrailWithWhoWhenWhatAndCorrectionsLinkedBothWays() {
        List<JsonNode> trail = entries(mission);
        assertThat(trail)
                .extracting(e -> e.get("type").asText())
                .containsExactly("MissionDeclared", "MissionReworded", "MissionRecordCorrected");
        JsonNode declared = trail.get(0);
        assertThat(declared.get("actor").asText()).isEqualTo(org.missionledger.support.TestUsers.ADMIN.name());
        assertThat(declared.get("effectiveDate").asText()).isEqualTo("2022-10-01");
        assertThat(declared.get("summary").asText()).isEqualTo("Camden Council declared mission 'Homes'");
        assertThat(declared.get("source").get("title").asText()).isEqualTo("Manifesto");
        JsonNode correction = trail.get(2);
        assertThat(correction.get("correctedEventId").asText())
                .isEqualTo(declared.get("eventId").asText());
        assertThat(correction.get("correctedPosition").asLong())
                .isEqualTo(declared.get("position").asLong());
        assertThat(declared.get("correctedBy").get(0).get("eventId").asText())
                .isEqualTo(correction.get("eventId").asText());
        assertThat(trail.get(1).get("position").asLong())
                .isGreaterThan(declared.get("position").asLong());
    }

    @Test
    void theTrailPagesByGlobalPosition() {
        JsonNode first = http.get("/api/audit?from=1&limit=2").json();
        assertThat(first.get("data")).hasSize(2);
        assertThat(first.get("data").get(0).get("position").asLong()).isEqualTo(1);
        assertThat(first.get("page").get("nextFrom").asLong()).isEqualTo(3);
        assertThat(http.get("/api/audit.csv?limit=5").body()).startsWith("position,eventId,type,");
        assertThat(http.get("/api/audit?limit=0").status()).isEqualTo(400);
    }

    @Test
    void theExportHoldsEveryEventExactlyAsStoredInGlobalOrder() throws Exception {
        Http.Response response = http.get("/api/export/events.jsonl", "*/*");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("application/jsonl");
        long head = Long.parseLong(response.header("X-Ledger-Head"));
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : response.body().split("\n")) {
            lines.add(json.readTree(line));
        }
        assertThat(lines).hasSizeGreaterThanOrEqualTo(3);
        for (int i = 1; i < lines.size(); i++) {
            assertThat(lines.get(i).get("globalIndex").asLong())
                    .isGreaterThan(lines.get(i - 1).get("globalIndex").asLong());
        }
        assertThat(lines.get(lines.size() - 1).get("globalIndex").asLong()).isLessThanOrEqualTo(head);
        JsonNode declared = lines.stream()
                .filter(l -> l.get("aggregateId").asText().equals(mission))
                .findFirst()
                .orElseThrow();
        assertThat(declared.fieldNames())
                .toIterable()
                .containsExactly(
                        "globalIndex",
                        "eventId",
                        "aggregateType",
                        "aggregateId",
                        "sequence",
                        "timestamp",
                        "payloadType",
                        "payloadRevision",
                        "payload",
                        "metadata");
        assertThat(declared.get("payload").isTextual()).isTrue();
        assertThat(json.readTree(declared.get("payload").asText()).get("title").asText())
                .isEqualTo("Homes");
        assertThat(json.readTree(declared.get("metadata").asText()).get("actor").asText())
                .isEqualTo(org.missionledger.support.TestUsers.ADMIN.name());
        assertThat(declared.get("payloadType").asText()).isEqualTo("org.missionledger.mission.api.MissionDeclared");
        assertThat(declared.get("payloadRevision").asText()).isEqualTo("2");

        long after = declared.get("globalIndex").asLong();
        String rest = http.get("/api/export/events.jsonl?after=" + after, "*/*").body();
        assertThat(json.readTree(rest.lines().findFirst().orElseThrow())
                        .get("globalIndex")
                        .asLong())
                .isGreaterThan(after);
    }

    @Test
    void theHttpExportIsByteForByteTheCliExport() throws Exception {
        String http = this.http.get("/api/export/events.jsonl", "*/*").body();
        java.io.ByteArrayOutputStream cli = new java.io.ByteArrayOutputStream();

        long written = exporter.export(
                org.missionledger.exchange.export.EventFormat.JSONL,
                cli,
                0,
                org.missionledger.exchange.api.ImportProgress.NONE);

        assertThat(written).isEqualTo(http.lines().count()).isGreaterThanOrEqualTo(3);
        assertThat(http).isEqualTo(cli.toString(java.nio.charset.StandardCharsets.UTF_8));
    }
}
