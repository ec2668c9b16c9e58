package org.missionledger.exchange.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.missionledger.exchange.command.Importer;
import org.missionledger.support.Http;
import org.missionledger.support.IllustrativeLedger;
import org.missionledger.support.LedgerIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The illustrative ledger loaded next to the real demo is never mixed silently: every API item, CSV row, feed entry and
 * page of its missions says "fictional example", and nothing of the real demo does.
 */
@LedgerIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FictionalLabelIT {

    @LocalServerPort
    int port;

    @Autowired
    Importer importer;

    Http http;

    @BeforeAll
    void load() {
        http = new Http(port);
        IllustrativeLedger.load(importer, http, true);
    }

    @Test
    void theApiMarksTheFictionalBodyAndOnlyIt() {
        JsonNode missions = http.get("/api/missions?size=500").data();

        assertThat(missions)
                .filteredOn(m -> m.at("/body/id").asText().equals("exampleshire"))
                .isNotEmpty()
                .allSatisfy(m -> assertThat(m.at("/body/fictional").asBoolean()).isTrue());
        assertThat(missions)
                .filteredOn(m -> !m.at("/body/id").asText().equals("exampleshire"))
                .isNotEmpty()
                .allSatisfy(m -> assertThat(m.at("/body/fictional").asBoolean()).isFalse());

        JsonNode changes = http.get("/api/changes?size=500").data();
        assertThat(changes)
                .filteredOn(c -> "exampleshire".equals(c.path("bodyId").asText()))
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c.get("fictional").asBoolean()).isTrue());
        assertThat(changes)
                .filteredOn(c -> "labour-party".equals(c.path("bodyId").asText()))
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c.get("fictional").asBoolean()).isFalse());
    }

    @Test
    void everyCsvRowOfItSaysFictionalExample() {
        for (String path : new String[] {
            "/api/changes.csv", "/api/missions.csv?size=500", "/api/export/changes.csv", "/api/export/missions.csv"
        }) {
            String csv = http.get(path, "text/csv").body();
            assertThat(csv.lines().findFirst().orElseThrow()).contains(",fictional,");
            assertThat(csv.lines().filter(line -> line.contains(",exampleshire,")))
                    .as("rows of Exampleshire in %s", path)
                    .isNotEmpty()
                    .allSatisfy(line -> assertThat(line).contains(",fictional example,"));
            assertThat(csv.lines().filter(line -> line.contains(",labour-party,")))
                    .isNotEmpty()
                    .allSatisfy(line -> assertThat(line).doesNotContain("fictional example"));
        }
    }

    @Test
    void everyFeedEntryOfItSaysFictionalExample() {
        String atom = http.get("/api/changes.atom", "application/atom+xml").body();

        assertThat(atom).contains("[Fictional example] Exampleshire County Council");
        assertThat(atom).doesNotContain("[Fictional example] Labour Party");
    }

    @Test
    void itsPagesCarryTheFictionalExampleTag() {
        String missionId = http.get("/api/missions?body=exampleshire")
                .data()
                .get(0)
                .get("missionId")
                .asText();

        assertThat(http.get("/missions/" + missionId).body()).contains("ledger-fictional", "Fictional example");
        assertThat(http.get("/missions/uk-labour-clean-energy").body()).doesNotContain("ledger-fictional");
        assertThat(http.get("/").body()).contains("ledger-fictional");
        assertThat(http.get("/changes").body()).contains("ledger-fictional");
    }
}
