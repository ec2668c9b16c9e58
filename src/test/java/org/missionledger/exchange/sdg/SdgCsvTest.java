package org.missionledger.exchange.sdg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Reading the headline series of an Open SDG indicator file. */
class SdgCsvTest {

    static SdgCsv.Headline read(String csv) throws Exception {
        return SdgCsv.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theHeadlineIsTheRowsWithEveryDisaggregationEmpty() throws Exception {
        SdgCsv.Headline headline = read(
                """
                Year,Units,Sex,GeoCode,Value
                2020,Percentage,,,12.5
                2020,Percentage,Female,,13
                2020,Percentage,,E92000001,11
                2021,Percentage,,,
                2022,Percentage,, ,12.25
                """);

        assertThat(headline.problems()).isEmpty();
        assertThat(headline.allRows()).isEqualTo(5);
        assertThat(headline.rows())
                .containsExactly(
                        new SdgCsv.HeadlineRow(2, "2020", new BigDecimal("12.5"), "Percentage", null),
                        new SdgCsv.HeadlineRow(6, "2022", new BigDecimal("12.25"), "Percentage", null));
    }

    @Test
    void aFileWithoutYearAndValueIsNotOpenSdgAndBadCellsAreNamed() throws Exception {
        assertThat(read("year,value\n2020,1\n").problems())
                .extracting(p -> p.code())
                .containsExactly("format");
        assertThat(read("Year,Value\n2020/21,1\n2022,n/a\n").problems())
                .extracting(p -> p.line() + " " + p.path())
                .containsExactly("2 Year", "3 Value");
    }
}
