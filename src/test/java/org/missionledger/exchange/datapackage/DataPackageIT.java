package org.missionledger.exchange.datapackage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionledger.exchange.command.Importer;
import org.missionledger.support.Http;
import org.missionledger.support.IllustrativeLedger;
import org.missionledger.support.LedgerIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The data package of the demo and illustrative ledgers validates with frictionlessdata's validator, every CSV it
 * points at included; and the validator does fail on a CSV that breaks its schema.
 */
@LedgerIntegrationTest
class DataPackageIT {

    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    Importer importer;

    @TempDir
    Path dir;

    @Test
    void theDataPackageAndEveryCsvItPointsAtValidate() throws Exception {
        Http http = new Http(port);
        IllustrativeLedger.load(importer, http, true);

        Http.Response response = http.get("/api/export/datapackage.json");
        assertThat(response.status()).isEqualTo(200);
        JsonNode descriptor = response.json();
        List<String> names = new ArrayList<>();
        for (JsonNode resource : descriptor.get("resources")) {
            names.add(resource.get("name").asText());
            Http.Response csv = http.get("/api/export/" + resource.get("path").asText());
            assertThat(csv.status())
                    .as("%s: %s", resource.get("path"), csv.body())
                    .isEqualTo(200);
            List<String> fields = new ArrayList<>();
            resource.get("schema")
                    .get("fields")
                    .forEach(f -> fields.add(f.get("name").asText()));
            assertThat(csv.body().lines().findFirst().orElseThrow())
                    .as("header of %s", resource.get("name"))
                    .isEqualTo(String.join(",", fields));
            assertThat(csv.body().lines().count())
                    .as("rows of %s", resource.get("name"))
                    .isGreaterThan(1);
        }
        assertThat(names)
                .containsExactly("missions", "targets", "accountability", "indicators", "readings", "changes", "audit");

        FrictionlessValidator.Outcome outcome =
                FrictionlessValidator.validate(http.base() + "/api/export/datapackage.json");
        System.out.println("Frictionless validator:\n" + outcome.output());

        assertThat(outcome.exitCode()).as(outcome.output()).isZero();
        assertThat(outcome.lines().stream().filter(l -> l.startsWith("VALID ")))
                .as(outcome.output())
                .hasSize(names.size());
    }

    @Test
    void theValidatorRefusesACsvThatBreaksItsSchema() throws Exception {
        Http http = new Http(port);
        IllustrativeLedger.load(importer, http, true);
        ObjectNode descriptor =
                (ObjectNode) http.get("/api/export/datapackage.json").json();
        ObjectNode missions = null;
        for (JsonNode resource : descriptor.get("resources")) {
            if (resource.get("name").asText().equals("missions")) {
                missions = (ObjectNode) resource;
            }
        }
        String csv = http.get("/api/export/missions.csv").body();
        List<String> lines = new ArrayList<>(csv.lines().toList());
        lines.add(lines.get(1)); // the same mission twice: its primary key is no longer unique
        Files.writeString(dir.resolve("missions.csv"), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        ArrayNode only = JSON.createArrayNode().add(missions.put("path", "missions.csv"));
        descriptor.set("resources", only);
        Path file = dir.resolve("datapackage.json");
        JSON.writeValue(file.toFile(), descriptor);

        FrictionlessValidator.Outcome outcome =
                FrictionlessValidator.validate(file.toAbsolutePath().toString());

        assertThat(outcome.exitCode()).as(outcome.output()).isEqualTo(1);
        assertThat(outcome.output()).contains("INVALID missions");
    }
}
