package org.missionledger.indicator.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.missionledger.platform.web.QueryResults;

/** The CSV headers are part of the API: pinned here, and documented verbatim in docs/api.md. */
class CsvHeadersTest {

    static final String INDICATORS =
            "indicatorId,name,unit,publisher,frequency,seriesCode,periods,latestPeriod,methodologyChanges";
    static final String READINGS = "indicatorId,period,periodStart,periodEnd,kind,value,vintage,publishedOn,"
            + "recordedAt,latest,reason,sourceTitle,sourcePublisher,sourceUrl,corrections,eventId,position";

    @Test
    void headersAreStableAndDocumented() throws Exception {
        String docs = Files.readString(Path.of("docs/api.md"));
        assertThat(QueryResults.csvHeader(IndicatorQueryController.IndicatorRow.class))
                .isEqualTo(INDICATORS);
        assertThat(QueryResults.csvHeader(IndicatorQueryController.VintageRow.class))
                .isEqualTo(READINGS);
        assertThat(docs).contains("\n" + INDICATORS + "\n", "\n" + READINGS + "\n");
    }
}
