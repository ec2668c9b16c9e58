package org.missionledger.exchange.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.missionledger.support.Http;
import org.missionledger.support.ReadModel;
import org.missionledger.support.TestStoreInitializer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfiguration;

/**
 * A fresh start with the demo ledger answers the product's three questions over the public API: every mission has a
 * target or says "no measurable target published"; every UK government mission names its holders on 1 March 2025;
 * indicators carry real readings; the changes list a weakened and a superseded target with their sources; no event
 * takes the load day as its effective date, and every event cites a source listed in docs/demo-ledger.md.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = {TestStoreInitializer.class, DemoLedgerAnswersIT.DemoOn.class})
class DemoLedgerAnswersIT {

    /** The demo loads on a fresh start (the test store switches it off for every other test). */
    static class DemoOn implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource("demo-on", Map.of("missionledger.demo.enabled", "true")));
        }
    }

    static final List<String> UK_GOVERNMENT_MISSIONS = List.of(
            "uk-labour-growth",
            "uk-labour-clean-energy",
            "uk-labour-nhs",
            "uk-labour-safer-streets",
            "uk-labour-opportunity",
            "uk-plan-for-change-homes",
            "uk-levelling-up-1");

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void caughtUp() {
        http = new Http(port);
        ReadModel.awaitCaughtUp(http);
    }

    @Test
    void everyMissionHasATargetOrSaysNoMeasurableTargetIsPublished() {
        JsonNode missions = http.get("/api/missions?size=500").data();

        assertThat(missions).hasSize(12);
        assertThat(missions).allSatisfy(mission -> {
            boolean hasTarget = !mission.path("targets").isEmpty();
            String note = mission.path("targetsNote").asText(null);
            assertThat(hasTarget || "no measurable target published".equals(note))
                    .as("%s has a target or says no measurable target is published", mission.get("missionId"))
                    .isTrue();
        });
        assertThat(missions)
                .filteredOn(m -> m.get("missionId").asText().startsWith("camden-"))
                .allSatisfy(m -> assertThat(m.get("targetsNote").asText()).isEqualTo("no measurable target published"));
        assertThat(http.get("/missions/camden-eat-well").body()).contains("No measurable target published.");
    }

    @Test
    void everyUkGovernmentMissionNamesItsHoldersOnTheFirstOfMarch2025() {
        for (String mission : UK_GOVERNMENT_MISSIONS) {
            JsonNode holders = http.get("/api/missions/" + mission + "/accountability?at=2025-03-01")
                    .data()
                    .get("holders");
            assertThat(holders).as("holders of %s on 2025-03-01", mission).isNotEmpty();
            assertThat(holders)
                    .allSatisfy(h -> assertThat(h.at("/holder/name").asText()).isNotBlank());
        }
        assertThat(holderNames("uk-labour-safer-streets", "2025-03-01"))
                .containsExactlyInAnyOrder("Keir Starmer", "Yvette Cooper");
        assertThat(holderNames("uk-labour-safer-streets", "2025-10-01"))
                .containsExactlyInAnyOrder("Keir Starmer", "Shabana Mahmood");
        assertThat(holderNames("uk-plan-for-change-homes", "2025-03-01")).containsExactly("Angela Rayner");
        assertThat(holderNames("uk-plan-for-change-homes", "2025-09-05")).containsExactly("Steve Reed");
        assertThat(holderNames("uk-labour-clean-energy", "2025-03-01"))
                .containsExactlyInAnyOrder("Keir Starmer", "Ed Miliband");
    }

    @Test
    void atLeastFourIndicatorsCarryAtLeastThreeRealReadings() {
        List<String> withThree = new ArrayList<>();
        for (JsonNode indicator : http.get("/api/indicators?size=500").data()) {
            String id = indicator.get("indicatorId").asText();
            int vintages = 0;
            for (JsonNode reading :
                    http.get("/api/indicators/" + id + "/readings").data().get("readings")) {
                vintages += reading.get("vintages").size();
            }
            if (vintages >= 3) {
                withThree.add(id);
            }
        }

        assertThat(withThree).hasSizeGreaterThanOrEqualTo(4);
        JsonNode newBuild =
                http.get("/api/indicators/england-new-build-homes/readings").data();
        assertThat(newBuild.get("readings"))
                .filteredOn(r -> r.get("period").asText().equals("2022/23"))
                .singleElement()
                .satisfies(r -> assertThat(r.get("vintages"))
                        .extracting(v -> v.get("value").decimalValue().toPlainString())
                        .containsExactly("212570", "212360"));
        JsonNode rtt = http.get("/api/missions/uk-labour-nhs/targets/rtt-65-percent-march-2026/status")
                .data();
        assertThat(rtt.at("/progress/status").asText()).isNotEqualTo("UNABLE_TO_ASSESS");
    }

    @Test
    void theChangesListAWeakenedAndASupersededTargetWithTheirSources() throws Exception {
        String listed = Files.readString(DEMO_DOC);
        JsonNode weakened = http.get("/api/changes?kind=WEAKENED").data();
        JsonNode superseded = http.get("/api/changes?kind=DROPPED,SUPERSEDED").data();

        assertThat(weakened)
                .anySatisfy(change -> {
                    assertThat(change.get("missionId").asText()).isEqualTo("uk-labour-clean-energy");
                    assertThat(change.get("targetId").asText()).isEqualTo("clean-power-2030");
                    assertThat(change.get("kinds").toString()).contains("WEAKENED", "REWORDED");
                    assertThat(change.get("effectiveDate").asText()).isEqualTo("2024-12-05");
                })
                .allSatisfy(change ->
                        assertThat(listed).contains(change.at("/source/url").asText()));
        assertThat(superseded)
                .anySatisfy(change -> {
                    assertThat(change.get("missionId").asText()).isEqualTo("uk-labour-safer-streets");
                    assertThat(change.get("kinds").toString()).contains("SUPERSEDED");
                })
                .allSatisfy(change ->
                        assertThat(listed).contains(change.at("/source/url").asText()));
    }

    @Test
    void noEventTakesTheLoadDayAsItsEffectiveDateAndEveryEventCitesAListedSource() throws Exception {
        String listed = Files.readString(DEMO_DOC);
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        List<JsonNode> events = new ArrayList<>();
        http.get("/api/audit?limit=1000").data().forEach(events::add);

        assertThat(events).hasSizeGreaterThan(50);
        assertThat(events).allSatisfy(event -> {
            assertThat(event.get("effectiveDate").asText())
                    .as("effective date of event %s (%s)", event.get("position"), event.get("type"))
                    .isNotEqualTo(today)
                    .matches("\\d{4}-\\d{2}-\\d{2}|date unknown");
            assertThat(listed)
                    .as("source of event %s (%s)", event.get("position"), event.get("type"))
                    .contains(event.at("/source/url").asText("no source"));
        });
        assertThat(events)
                .anySatisfy(e -> assertThat(e.get("effectiveDate").asText()).isEqualTo("date unknown"));
        assertThat(http.get("/api/changes.csv").body()).contains(",date unknown,");
        assertThat(http.get("/api/changes.atom", "application/atom+xml").body()).contains("Effective date unknown.");
        assertThat(http.get("/missions/camden-estates").body()).contains("date unknown");
    }

    private List<String> holderNames(String mission, String at) {
        List<String> names = new ArrayList<>();
        http.get("/api/missions/" + mission + "/accountability?at=" + at)
                .data()
                .get("holders")
                .forEach(h -> names.add(h.at("/holder/name").asText()));
        return names;
    }

    private static final Path DEMO_DOC = Path.of(System.getProperty("basedir", "."), "docs", "demo-ledger.md");
}
