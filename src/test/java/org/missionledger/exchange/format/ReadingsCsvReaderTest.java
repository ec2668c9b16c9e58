package org.missionledger.exchange.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.missionledger.exchange.api.ImportProblem;
import org.missionledger.indicator.api.RecordReading;

class ReadingsCsvReaderTest {

    @Test
    void eachRowIsAReadingKeyedByIndicatorAndPeriod() {
        Parsing parsing = Parsing.csv(
                """
                indicatorId,period,value,publishedOn,vintage,sourceTitle,sourcePublisher,sourceUrl,sourcePublishedOn
                ind-1,2024,12.50,2025-03-01,first,Annual release,ONS,https://example.org/r,2025-03-01
                ind-1,2023/24,"1,000",2025-03-01,,"Release, revised",ONS,https://example.org/r,
                """);

        assertThat(parsing.problems)
                .extracting(ImportProblem::line, ImportProblem::path)
                .containsExactly(tuple(3, "value"));
        PlannedEntry row = parsing.records.get(0).entries().get(0);
        assertThat(row.logKey()).isEqualTo("ind-1#reading:2024");
        assertThat(row.line()).isEqualTo(2);
        RecordReading reading = (RecordReading) row.command();
        assertThat(reading.value()).isEqualTo(new BigDecimal("12.50"));
        assertThat(reading.publishedOn()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(reading.source().publishedOn()).isEqualTo(LocalDate.of(2025, 3, 1));
    }

    @Test
    void optionalColumnsMayBeLeftOutAndProblemsNameTheColumn() {
        Parsing parsing = Parsing.csv(
                """
                indicatorId,period,value,publishedOn,sourceTitle,sourcePublisher,sourceUrl
                ind-1,2024,1,2025-03-01,T,P,https://example.org/r
                IND 1,2024,1,2025-13-01,T,P,not-a-url
                """);

        assertThat(parsing.records).hasSize(1);
        assertThat(parsing.problems)
                .extracting(ImportProblem::line, ImportProblem::path)
                .containsExactlyInAnyOrder(tuple(3, "publishedOn"));
    }

    @Test
    void validationProblemsNameTheColumn() {
        Parsing parsing = Parsing.csv(
                """
                indicatorId,period,value,publishedOn,sourceTitle,sourcePublisher,sourceUrl
                IND 1,2024,1,2025-03-01,T,P,not-a-url
                """);

        assertThat(parsing.problems)
                .extracting(ImportProblem::line, ImportProblem::path, ImportProblem::code)
                .containsExactlyInAnyOrder(tuple(2, "indicatorId", "invalid"), tuple(2, "sourceUrl", "invalid"));
    }

    @Test
    void aWrongHeaderIsRefusedBeforeAnyRow() {
        Parsing parsing = Parsing.csv(
                """
                indicator,period,value,publishedOn,sourceTitle,sourcePublisher,sourceUrl
                ind-1,2024,1,2025-03-01,T,P,https://example.org/r
                """);

        assertThat(parsing.records).isEmpty();
        assertThat(parsing.problems).extracting(ImportProblem::path).containsExactly("indicator", "indicatorId");
    }
}
