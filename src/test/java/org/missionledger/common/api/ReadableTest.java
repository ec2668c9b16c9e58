package org.missionledger.common.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Values written for readers: rounding of computed numbers, units, dates and periods in words. */
class ReadableTest {

    @Test
    void computedNumbersAreRoundedSensibly() {
        assertThat(Readable.rounded(new BigDecimal("37.47978876"))).isEqualTo("37.48");
        assertThat(Readable.rounded(new BigDecimal("1234.5678"))).isEqualTo("1235");
        assertThat(Readable.rounded(new BigDecimal("123456.78"))).isEqualTo("123457");
        assertThat(Readable.rounded(new BigDecimal("0.0123456"))).isEqualTo("0.01");
        assertThat(Readable.rounded(new BigDecimal("0.000123456"))).isEqualTo("0.000123");
        assertThat(Readable.rounded(new BigDecimal("95"))).isEqualTo("95");
        assertThat(Readable.rounded(new BigDecimal("95.000"))).isEqualTo("95");
        assertThat(Readable.rounded(new BigDecimal("-2.994"))).isEqualTo("-2.99");
        assertThat(Readable.rounded(null)).isEmpty();
    }

    @Test
    void recordedNumbersKeepTheirDigitsAndGetTheirUnit() {
        assertThat(Readable.quantity(new BigDecimal("36.30"), "µg/m³")).isEqualTo("36.3 µg/m³");
        assertThat(Readable.quantity(new BigDecimal("95"), "%")).isEqualTo("95%");
        assertThat(Readable.roundedQuantity(new BigDecimal("37.47978876"), "µg/m³"))
                .isEqualTo("37.48 µg/m³");
        assertThat(Readable.percent(new BigDecimal("-0.0382"))).isEqualTo("−3.82%");
        assertThat(Readable.percent(new BigDecimal("0.02994"))).isEqualTo("2.99%");
        assertThat(Readable.count(12345)).isEqualTo("12,345");
    }

    @Test
    void datesAndPeriodsAreInWords() {
        assertThat(Readable.date(LocalDate.of(2028, 12, 31))).isEqualTo("31 December 2028");
        assertThat(Readable.date(null)).isEqualTo("date unknown");
        assertThat(Readable.period("2026-09")).isEqualTo("September 2026");
        assertThat(Readable.period("2024-Q1")).isEqualTo("2024 Q1 (January to March)");
        assertThat(Readable.period("2024/25")).isEqualTo("financial year 2024/25");
        assertThat(Readable.period("2024-W05")).isEqualTo("week 5 of 2024");
        assertThat(Readable.period("2024-03-31")).isEqualTo("31 March 2024");
        assertThat(Readable.period("2024")).isEqualTo("2024");
        assertThat(Readable.period("2024-13")).isEqualTo("2024-13");
        assertThat(Readable.period("Winter")).isEqualTo("Winter");
    }
}
