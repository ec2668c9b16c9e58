package org.missionledger.exchange.popolo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionledger.exchange.api.ImportReport;
import org.missionledger.exchange.api.ImportReport.Outcome;
import org.missionledger.exchange.command.Importer;
import org.missionledger.exchange.format.ImportInput;
import org.missionledger.exchange.format.InputFormat;
import org.missionledger.exchange.opendata.OpenDataImporter;
import org.missionledger.support.Http;
import org.missionledger.support.IllustrativeLedger;
import org.missionledger.support.LedgerIntegrationTest;
import org.missionledger.support.ReadModel;
import org.missionledger.support.Requests;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Popolo: the export validates against Popolo's schemas, on the demo and illustrative ledgers and on tenures imported
 * from a Popolo file; import → export is the identity on what the ledger keeps; a bad file records nothing.
 */
@LedgerIntegrationTest
class PopoloIT {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String MISSION = "popolo-fixture";
    static final String ACTOR = "test:popolo";

    @LocalServerPort
    int port;

    @Autowired
    Importer importer;

    @Autowired
    OpenDataImporter openData;

    @TempDir
    Path dir;

    Http http;

    @BeforeEach
    void ledger() {
        http = new Http(port);
        IllustrativeLedger.load(importer, http, true);
        if (http.get("/api/missions/" + MISSION).status() == 404) {
            http.command("/api/missions", Requests.declareMission(MISSION));
            http.command(
                    "/api/missions/" + MISSION + "/targets",
                    Requests.setTarget("fixture-target", "at least 95% clean power by 2030", "95", "2030-12-31"));
        }
        ReadModel.awaitCaughtUp(http);
    }

    static Path fixture() throws URISyntaxException {
        return Path.of(PopoloIT.class.getResource("/popolo/tenures.popolo.json").toURI());
    }

    ImportReport importFile(Path file) {
        ImportReport report = openData.importPopolo(ImportInput.of(file, InputFormat.POPOLO), ACTOR, false);
        ReadModel.awaitCaughtUp(http);
        return report;
    }

    @Test
    void anImportedPopoloFileComesBackTheSameOnEverythingTheLedgerKeeps() throws Exception {
        ImportReport first = importFile(fixture());
        assertThat(first.problems()).isEmpty();
        assertThat(first.outcome()).isIn(Outcome.RECORDED, Outcome.NOTHING_NEW);

        JsonNode exported = http.get("/api/export/popolo.json").json();
        JsonNode given = JSON.readTree(fixture().toFile());

        assertThat(kept(exported, MISSION)).isEqualTo(kept(given, MISSION));
        List<String> postIds = new ArrayList<>();
        exported.get("posts").forEach(p -> postIds.add(p.get("id").asText()));
        for (JsonNode post : given.get("posts")) {
            JsonNode out = byId(exported.get("posts"), post.get("id").asText());
            assertThat(out).as("post %s in %s", post.get("id"), postIds).isNotNull();
            assertThat(out.get("role")).isEqualTo(post.get("role"));
            assertThat(out.get("organization_id")).isEqualTo(post.get("organization_id"));
        }
        for (JsonNode person : given.get("persons")) {
            assertThat(byId(exported.get("persons"), person.get("id").asText()).get("name"))
                    .isEqualTo(person.get("name"));
        }

        ImportReport again = importFile(fixture());
        assertThat(again.outcome()).isEqualTo(Outcome.NOTHING_NEW);
        assertThat(again.alreadyImported()).isEqualTo(again.entries());
    }

    @Test
    void theExportOfTheDemoValidatesAgainstPopolosSchemas() throws Exception {
        importFile(fixture());
        PopoloSchemas schemas = new PopoloSchemas();
        JsonNode exported = http.get("/api/export/popolo.json").json();
        Map<String, String> schemaOf = Map.of(
                "persons", "person", "organizations", "organization", "posts", "post", "memberships", "membership");
        for (Map.Entry<String, String> list : schemaOf.entrySet()) {
            assertThat(exported.get(list.getKey())).as(list.getKey()).isNotEmpty();
            for (JsonNode item : exported.get(list.getKey())) {
                assertThat(schemas.problems(list.getValue(), item))
                        .as("%s %s", list.getValue(), item)
                        .isEmpty();
            }
        }
        // the demo's own tenures are there, not only the fixture's
        assertThat(exported.get("memberships").findValuesAsText("id").stream()
                        .filter(id -> !id.startsWith(MISSION + "/"))
                        .count())
                .isPositive();

        // and the validator does refuse what breaks the schema
        ObjectNode broken = (ObjectNode) exported.get("memberships").get(0).deepCopy();
        broken.put("start_date", "5 July 2024");
        assertThat(schemas.problems("membership", broken)).isNotEmpty();
    }

    @Test
    void atAndAsKnownAtAreTheAccountabilityApisQuestions() throws Exception {
        importFile(fixture());

        JsonNode onTheDay = http.get("/api/export/popolo.json?at=2025-01-01").json();
        assertThat(ids(onTheDay, MISSION)).containsExactlyInAnyOrder(MISSION + "/lead-1", MISSION + "/sro-1");
        JsonNode later = http.get("/api/export/popolo.json?at=2025-09-05").json();
        assertThat(ids(later, MISSION)).containsExactlyInAnyOrder(MISSION + "/lead-2", MISSION + "/sro-1");

        Instant firstRecorded = null;
        for (JsonNode tenure :
                http.get("/api/missions/" + MISSION + "/roster").data().get("tenures")) {
            Instant recordedAt = Instant.parse(tenure.get("recordedAt").asText());
            firstRecorded = firstRecorded == null || recordedAt.isBefore(firstRecorded) ? recordedAt : firstRecorded;
        }
        JsonNode knownJustBefore = http.get("/api/export/popolo.json?asKnownAt=" + firstRecorded.minusMillis(1))
                .json();
        assertThat(ids(knownJustBefore, MISSION)).isEmpty();
        JsonNode knownThen =
                http.get("/api/export/popolo.json?asKnownAt=" + firstRecorded).json();
        assertThat(ids(knownThen, MISSION)).contains(MISSION + "/lead-1");
        assertThat(http.get("/api/export/popolo.json?at=not-a-date").status()).isEqualTo(400);
    }

    @Test
    void aFileWithAnyProblemIsRefusedWholeAndRecordsNothing() throws Exception {
        ObjectNode doc = (ObjectNode) JSON.readTree(fixture().toFile());
        ObjectNode fine = (ObjectNode) doc.get("memberships").get(0);
        fine.put("id", MISSION + "/refused-1");
        fine.remove("end_date");
        ObjectNode partialDate = (ObjectNode) doc.get("memberships").get(1);
        partialDate.put("id", MISSION + "/refused-2");
        partialDate.put("start_date", "2025-09");
        ObjectNode unknownPost = (ObjectNode) doc.get("memberships").get(2);
        unknownPost.put("id", MISSION + "/refused-3");
        unknownPost.put("post_id", "no-such-post");
        Path file = dir.resolve("bad.popolo.json");
        Files.writeString(file, JSON.writeValueAsString(doc), StandardCharsets.UTF_8);

        ImportReport report = importFile(file);

        assertThat(report.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(report.problems())
                .extracting(p -> p.path() + " " + p.code())
                .containsExactlyInAnyOrder("$.memberships[1].start_date invalid", "$.memberships[2].post_id reference");
        assertThat(ids(http.get("/api/export/popolo.json").json(), MISSION)).doesNotContain(MISSION + "/refused-1");

        ObjectNode wrongMission = (ObjectNode) JSON.readTree(fixture().toFile());
        ((ObjectNode) wrongMission.get("memberships").get(0)).put("id", MISSION + "/x");
        ((ObjectNode) wrongMission.get("posts").get(0)).put("id", "no-such-mission#lead-minister");
        ((ObjectNode) wrongMission.get("memberships").get(0)).put("post_id", "no-such-mission#lead-minister");
        ((ObjectNode) wrongMission.get("memberships").get(0)).put("id", "no-such-mission/x");
        Path unknownMission = dir.resolve("unknown.popolo.json");
        Files.writeString(unknownMission, JSON.writeValueAsString(wrongMission), StandardCharsets.UTF_8);
        ImportReport refused = importFile(unknownMission);
        assertThat(refused.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(refused.problems()).extracting(p -> p.code()).contains("reference");
    }

    /** Per membership of one mission, what the ledger keeps of it. */
    static List<Map<String, Object>> kept(JsonNode popolo, String missionId) {
        Map<String, String> names = new HashMap<>();
        popolo.get("persons")
                .forEach(p -> names.put(p.get("id").asText(), p.get("name").asText()));
        List<Map<String, Object>> kept = new ArrayList<>();
        for (JsonNode m : popolo.get("memberships")) {
            if (!m.get("id").asText().startsWith(missionId + "/")) {
                continue;
            }
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("id", m.get("id").asText());
            fields.put("person", names.get(m.get("person_id").asText()));
            for (String field :
                    List.of("organization_id", "post_id", "role", "label", "start_date", "end_date", "end_reason")) {
                fields.put(field, m.hasNonNull(field) ? m.get(field).asText() : null);
            }
            List<Map<String, Object>> sources = new ArrayList<>();
            for (JsonNode s : m.get("sources")) {
                Map<String, Object> source = new LinkedHashMap<>();
                for (String field : List.of("url", "note", "publisher", "published_on")) {
                    source.put(field, s.hasNonNull(field) ? s.get(field).asText() : null);
                }
                sources.add(source);
            }
            fields.put("sources", sources);
            kept.add(fields);
        }
        kept.sort(java.util.Comparator.comparing(f -> (String) f.get("id")));
        return kept;
    }

    static List<String> ids(JsonNode popolo, String missionId) {
        List<String> ids = new ArrayList<>();
        popolo.get("memberships").forEach(m -> {
            if (m.get("id").asText().startsWith(missionId + "/")) {
                ids.add(m.get("id").asText());
            }
        });
        return ids;
    }

    static JsonNode byId(JsonNode list, String id) {
        for (JsonNode item : list) {
            if (item.get("id").asText().equals(id)) {
                return item;
            }
        }
        return null;
    }
}
