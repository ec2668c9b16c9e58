package org.missionledger.platform.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.missionledger.support.Requests.SOURCE;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.missionledger.exchange.api.ImportProgress;
import org.missionledger.exchange.export.EventExporter;
import org.missionledger.exchange.export.EventFormat;
import org.missionledger.support.Http;
import org.missionledger.support.LedgerIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Recorded values that a spreadsheet would run as formulas come out of every CSV the ledger writes as text: a mission
 * titled {@code =HYPERLINK("http://evil")} in {@code /api/missions.csv}, a reason starting with {@code @} in
 * {@code /api/changes.csv}, and the events export in CSV.
 */
@LedgerIntegrationTest
class CsvInjectionIT {

    static final String TITLE = "=HYPERLINK(\"http://evil\")";
    static final String REASON = "@SUM(1+1)*cmd|' /C calc'!A0";

    @LocalServerPort
    int port;

    @Autowired
    EventExporter exporter;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void hostileCellsAreWrittenAsTextInEveryCsv() throws Exception {
        Http.Response declared = http.post(
                "/api/missions",
                """
                {"missionId": "csv-injection",
                 "body": {"id": "csv-injection-body", "name": "-2+3+cmd", "kind": "NATIONAL_GOVERNMENT"},
                 "title": %s,
                 "statement": "A statement", "policyArea": "energy", "declaredOn": "2023-02-23",
                 "horizon": "2030-12-31", "source": %s}"""
                        .formatted(json(TITLE), SOURCE));
        assertThat(declared.status()).as(declared.body()).isEqualTo(201);
        Http.Response reworded = http.post(
                "/api/missions/csv-injection/rewordings",
                """
                {"statement": "Reworded", "reason": %s, "source": %s}"""
                        .formatted(json(REASON), SOURCE));
        assertThat(reworded.status()).as(reworded.body()).isEqualTo(200);

        Map<String, String> mission = awaitRow("/api/missions.csv?body=csv-injection-body", "missionId");
        assertThat(mission.get("title")).isEqualTo("'" + TITLE);
        assertThat(mission.get("bodyName")).isEqualTo("'-2+3+cmd");
        // the JSON answer keeps the value as recorded
        assertThat(http.get("/api/missions/csv-injection")
                        .json()
                        .get("data")
                        .get("title")
                        .asText())
                .isEqualTo(TITLE);

        Map<String, String> change = awaitRow("/api/changes.csv?body=csv-injection-body", "number");
        assertThat(change.get("reason")).isEqualTo("'" + REASON);
        assertThat(change.get("missionTitle")).isEqualTo("'" + TITLE);

        ByteArrayOutputStream events = new ByteArrayOutputStream();
        exporter.export(EventFormat.CSV, events, 0, ImportProgress.NONE);
        String csv = events.toString(StandardCharsets.UTF_8);
        assertThat(parse(csv)).allSatisfy(row -> row.values().forEach(CsvInjectionIT::harmless));
    }

    /** No cell starts a formula: it begins with none of = + - @ tab CR, or it is a plain number. */
    static void harmless(String cell) {
        assertThat(CsvCells.neutralise(cell)).as(cell).isEqualTo(cell);
    }

    Map<String, String> awaitRow(String path, String column) throws Exception {
        for (int attempt = 0; attempt < 200; attempt++) {
            List<Map<String, String>> rows = parse(http.get(path).body());
            if (!rows.isEmpty() && rows.stream().allMatch(r -> !r.get(column).isEmpty())) {
                return rows.get(rows.size() - 1);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no row in " + path);
    }

    static List<Map<String, String>> parse(String csv) throws Exception {
        CsvMapper mapper = new CsvMapper();
        try (MappingIterator<Map<String, String>> rows = mapper.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(csv)) {
            return rows.readAll();
        }
    }

    static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
