package org.missionledger.exchange.sdg;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionledger.exchange.api.ImportReport;
import org.missionledger.exchange.api.ImportReport.Outcome;
import org.missionledger.exchange.format.ImportInput;
import org.missionledger.exchange.format.InputFormat;
import org.missionledger.exchange.opendata.OpenDataImporter;
import org.missionledger.support.Http;
import org.missionledger.support.LedgerIntegrationTest;
import org.missionledger.support.ReadModel;
import org.missionledger.support.Requests;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Open SDG: an indicator file's headline series → import → export reproduces it; a later file with a changed value
 * for a year already recorded lands as a revision (a new vintage), never an overwrite.
 */
@LedgerIntegrationTest
class OpenSdgIT {

    static final String INDICATOR = "sdg-fixture-1-1-1";
    static final String ACTOR = "test:open-sdg";

    @LocalServerPort
    int port;

    @Autowired
    OpenDataImporter openData;

    @TempDir
    Path dir;

    Http http;

    @BeforeEach
    void indicator() {
        http = new Http(port);
        define(INDICATOR, "ANNUAL");
    }

    void define(String id, String frequency) {
        if (http.get("/api/indicators/" + id).status() == 404) {
            http.command(
                    "/api/indicators",
                    """
                    {"indicatorId": "%s", "name": "Proportion of the population below the international poverty line",
                     "unit": "Percentage", "publisher": "Example Statistics Office", "frequency": "%s",
                     "seriesCode": "SI_POV_DAY1", "source": %s}"""
                            .formatted(id, frequency, Requests.SOURCE));
            ReadModel.awaitCaughtUp(http);
        }
    }

    static Path resource(String name) throws URISyntaxException {
        return Path.of(OpenSdgIT.class.getResource("/sdg/" + name).toURI());
    }

    ImportReport importFile(Path csv) throws Exception {
        SdgPublication publication =
                SdgPublication.read(SdgPublication.besideOf(csv).orElseThrow());
        ImportReport report = openData.importSdg(ImportInput.of(csv, InputFormat.SDG), publication, ACTOR, false);
        ReadModel.awaitCaughtUp(http);
        return report;
    }

    static List<SdgCsv.HeadlineRow> headline(InputStream in) throws Exception {
        List<SdgCsv.HeadlineRow> rows = new ArrayList<>();
        for (SdgCsv.HeadlineRow row : SdgCsv.read(in).rows()) {
            // numerically: the ledger keeps the value's number, written without trailing zeros
            rows.add(
                    new SdgCsv.HeadlineRow(0, row.year(), row.value().stripTrailingZeros(), row.units(), row.series()));
        }
        return rows;
    }

    String exported() {
        Http.Response response = http.get("/api/indicators/" + INDICATOR + "/readings.sdg.csv");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    @Test
    void aRoundTripReproducesTheHeadlineSeriesAndARevisedValueIsANewVintage() throws Exception {
        Path original = resource("indicator_1-1-1.csv");
        ImportReport first = importFile(original);
        assertThat(first.problems()).isEmpty();
        assertThat(first.outcome()).isEqualTo(Outcome.RECORDED);
        assertThat(first.recorded()).isEqualTo(3); // 2019, 2020, 2022: disaggregated rows and 2021 (no value) are not

        String csv = exported();
        assertThat(csv.lines().findFirst()).contains("Year,Series,Units,Value");
        try (InputStream in = Files.newInputStream(original)) {
            assertThat(headline(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))))
                    .isEqualTo(headline(in));
        }
        assertThat(csv).contains("2022,SI_POV_DAY1,Percentage,5.9\n");

        assertThat(importFile(original).outcome()).isEqualTo(Outcome.NOTHING_NEW);

        ImportReport revised = importFile(resource("revised/indicator_1-1-1.csv"));
        assertThat(revised.problems()).isEmpty();
        assertThat(revised.recorded()).isEqualTo(2); // 2020 revised, 2023 new; 2019 and 2022 unchanged
        assertThat(revised.alreadyImported()).isEqualTo(2);

        JsonNode readings =
                http.get("/api/indicators/" + INDICATOR + "/readings").data().get("readings");
        JsonNode y2020 = null;
        for (JsonNode reading : readings) {
            if (reading.get("period").asText().equals("2020")) {
                y2020 = reading;
            }
        }
        assertThat(y2020.get("vintages")).hasSize(2);
        assertThat(y2020.get("vintages").get(0).get("kind").asText()).isEqualTo("FIRST_PUBLISHED");
        assertThat(y2020.get("vintages").get(0).get("value").decimalValue()).isEqualByComparingTo("6.25");
        assertThat(y2020.get("vintages").get(1).get("kind").asText()).isEqualTo("REVISED");
        assertThat(y2020.get("vintages").get(1).get("value").decimalValue()).isEqualByComparingTo("6.4");
        assertThat(y2020.get("vintages").get(1).get("reason").asText())
                .isEqualTo("Revised with the 2023 household survey");
        assertThat(y2020.get("vintages").get(1).get("publishedOn").asText()).isEqualTo("2025-03-27");

        try (InputStream in = Files.newInputStream(resource("revised/indicator_1-1-1.csv"))) {
            assertThat(headline(new ByteArrayInputStream(exported().getBytes(StandardCharsets.UTF_8))))
                    .isEqualTo(headline(in));
        }
        assertThat(importFile(resource("revised/indicator_1-1-1.csv")).outcome())
                .isEqualTo(Outcome.NOTHING_NEW);
    }

    @Test
    void aFileWithAnyProblemIsRefusedAndRecordsNothing() throws Exception {
        Path bad = dir.resolve("indicator_9-9-9.csv");
        Files.writeString(
                bad,
                """
                Year,Units,Value
                2031,Percentage,1.5
                20x2,Percentage,2
                2033,Percentage,a lot
                """);
        Files.writeString(dir.resolve("indicator_9-9-9.yaml"), Files.readString(resource("indicator_1-1-1.yaml")));
        ImportReport report = importFile(bad);
        assertThat(report.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(report.problems())
                .extracting(p -> p.line() + " " + p.path() + " " + p.code())
                .containsExactly("3 Year invalid", "4 Value invalid");
        JsonNode readings =
                http.get("/api/indicators/" + INDICATOR + "/readings").data().get("readings");
        readings.forEach(r -> assertThat(r.get("period").asText()).isNotEqualTo("2031"));

        Path units = dir.resolve("indicator_8-8-8.csv");
        Files.writeString(units, "Year,Units,Value\n2031,Percentage,1.5\n2031,Number,120000\n");
        Files.writeString(
                dir.resolve("indicator_8-8-8.yaml"),
                Files.readString(resource("indicator_1-1-1.yaml")).replace("sdg-fixture-1-1-1", "no-such-indicator"));
        ImportReport unknown = importFile(units);
        assertThat(unknown.problems()).extracting(p -> p.code()).containsExactly("refused:unknown-indicator");
    }

    @Test
    void onlyAnAnnualSeriesHasAnOpenSdgForm() {
        define("sdg-fixture-quarterly", "QUARTERLY");
        Http.Response response = http.get("/api/indicators/sdg-fixture-quarterly/readings.sdg.csv");
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("type").asText()).endsWith("/not-annual");
        assertThat(http.get("/api/indicators/no-such-indicator/readings.sdg.csv")
                        .status())
                .isEqualTo(404);
    }
}
