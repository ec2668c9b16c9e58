package org.missionledger.indicator.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.math.BigDecimal;
import java.time.LocalDate;
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
import org.missionledger.indicator.api.ReviseReading;
import org.missionledger.indicator.api.WithdrawReading;
import org.missionledger.support.Http;
import org.missionledger.support.LedgerIntegrationTest;
import org.missionledger.support.ReadModel;
import org.missionledger.support.Recorder;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A quarterly series is published, revised and partly withdrawn; the read side shows every vintage. */
@LedgerIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndicatorQueriesIT {

    @LocalServerPort
    int port;

    Http http;
    final String indicator = "gdp-" + UUID.randomUUID().toString().substring(0, 8);

    static Source ons(String title) {
        return new Source(
                title,
                "Office for National Statistics",
                "https://www.ons.gov.uk/" + title.replace(' ', '-'),
                LocalDate.of(2024, 5, 10),
                null);
    }

    @BeforeAll
    void recordTheSeries() {
        http = new Http(port);
        Recorder recorder = new Recorder(http);
        recorder.record(
                "/api/indicators",
                new DefineIndicator(
                        indicator,
                        "GDP quarterly growth",
                        "%",
                        "ONS",
                        null,
                        null,
                        Frequency.QUARTERLY,
                        "IHYQ",
                        ons("GDP first estimate")));
        recorder.record(
                "/api/indicators/" + indicator + "/readings",
                new RecordReading(
                        indicator,
                        "2024-Q1",
                        new BigDecimal("0.6"),
                        LocalDate.of(2024, 5, 10),
                        "first estimate",
                        ons("GDP first estimate")));
        recorder.record(
                "/api/indicators/" + indicator + "/readings",
                new RecordReading(
                        indicator,
                        "2024-Q2",
                        new BigDecimal("0.6"),
                        LocalDate.of(2024, 8, 15),
                        "first estimate",
                        ons("GDP Q2 first estimate")));
        recorder.record(
                "/api/indicators/" + indicator + "/reading-revisions",
                new ReviseReading(
                        indicator,
                        "2024-Q1",
                        new BigDecimal("0.7"),
                        LocalDate.of(2024, 6, 28),
                        "quarterly national accounts",
                        "More returns",
                        ons("Quarterly national accounts")));
        recorder.record(
                "/api/indicators/" + indicator + "/reading-withdrawals",
                new WithdrawReading(indicator, "2024-Q2", "Processing error", ons("Notice")));
        ReadModel.awaitCaughtUp(http);
    }

    JsonNode period(JsonNode series, String period) {
        for (JsonNode reading : series.get("readings")) {
            if (reading.get("period").asText().equals(period)) {
                return reading;
            }
        }
        throw new AssertionError("No " + period);
    }

    @Test
    void aRevisedReadingShowsBothVintages() {
        JsonNode q1 =
                period(http.get("/api/indicators/" + indicator + "/readings").data(), "2024-Q1");
        assertThat(q1.get("vintages")).hasSize(2);
        assertThat(new BigDecimal(q1.get("firstPublished").get("value").asText()))
                .isEqualByComparingTo("0.6");
        assertThat(q1.get("firstPublished").get("vintage").asText()).isEqualTo("first estimate");
        assertThat(new BigDecimal(q1.get("latest").get("value").asText())).isEqualByComparingTo("0.7");
        assertThat(q1.get("latest").get("kind").asText()).isEqualTo("REVISED");
        assertThat(q1.get("latest").get("reason").asText()).isEqualTo("More returns");
        assertThat(new BigDecimal(q1.get("value").asText())).isEqualByComparingTo("0.7");
    }

    @Test
    void theSeriesAsPublishedAtAMomentBeforeTheRevisionShowsTheFirstVintageOnly() {
        JsonNode now = http.get("/api/indicators/" + indicator + "/readings").data();
        String firstRecordedAt =
                period(now, "2024-Q1").get("firstPublished").get("recordedAt").asText();
        JsonNode then = http.get("/api/indicators/" + indicator + "/readings?asKnownAt=" + firstRecordedAt)
                .data();
        JsonNode q1 = period(then, "2024-Q1");
        assertThat(q1.get("vintages")).hasSize(1);
        assertThat(new BigDecimal(q1.get("value").asText())).isEqualByComparingTo("0.6");
        assertThat(then.get("readings")).hasSize(1);
        assertThat(then.get("asKnownAt").asText()).isEqualTo(firstRecordedAt);
    }

    @Test
    void aWithdrawnReadingKeepsItsHistory() {
        JsonNode q2 =
                period(http.get("/api/indicators/" + indicator + "/readings").data(), "2024-Q2");
        assertThat(q2.get("withdrawn").asBoolean()).isTrue();
        assertThat(q2.has("value")).isFalse();
        assertThat(q2.get("vintages").get(1).get("kind").asText()).isEqualTo("WITHDRAWN");
        assertThat(q2.get("vintages").get(1).get("reason").asText()).isEqualTo("Processing error");
    }

    @Test
    void theSeriesIsAlsoCsvOneLinePerVintage() throws Exception {
        Http.Response response = http.get("/api/indicators/" + indicator + "/readings.csv", "*/*");
        assertThat(response.header("Content-Type")).startsWith("text/csv");
        List<Map<String, String>> rows;
        try (MappingIterator<Map<String, String>> it = new CsvMapper()
                .readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(response.body())) {
            rows = it.readAll();
        }
        assertThat(rows).hasSize(4);
        assertThat(rows)
                .extracting(r -> r.get("kind"))
                .containsExactly("FIRST_PUBLISHED", "REVISED", "FIRST_PUBLISHED", "WITHDRAWN");
        assertThat(rows).extracting(r -> r.get("latest")).containsExactly("false", "true", "false", "true");
        assertThat(http.get("/api/indicators.csv").body()).startsWith("indicatorId,name,unit,");
    }

    @Test
    void indicatorsAreListedAndUnknownOnesAre404() {
        JsonNode one = http.get("/api/indicators/" + indicator).data();
        assertThat(one.get("frequency").asText()).isEqualTo("QUARTERLY");
        assertThat(one.get("periods").asInt()).isEqualTo(2);
        assertThat(http.get("/api/indicators?size=500")
                        .json()
                        .get("page")
                        .get("totalItems")
                        .asLong())
                .isPositive();
        assertThat(http.get("/api/indicators/nothing-" + indicator + "/readings")
                        .status())
                .isEqualTo(404);
        assertThat(http.get("/api/indicators/" + indicator + "/readings?asKnownAt=never")
                        .status())
                .isEqualTo(400);
    }
}
